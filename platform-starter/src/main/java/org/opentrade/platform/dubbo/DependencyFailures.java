package org.opentrade.platform.dubbo;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Optional;

import com.alibaba.csp.sentinel.slots.block.BlockException;
import org.apache.dubbo.common.constants.CommonConstants;
import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.rpc.Filter;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;
import org.apache.dubbo.rpc.RpcException;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.redisson.client.RedisConnectionException;
import org.redisson.client.RedisTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A provider whose own database, Redis, another server or another provider it needs fails under a call (the primary
 * crashed, a connection broke, a pool timed out, a provider it calls is down or its circuit open) answers
 * {@code SERVICE_UNAVAILABLE} (503: retry), as an unreachable provider does (ADR 2), not an undeclared exception that
 * the facade can only call a defect of ours (500). The outcome is
 * unknown to the caller either way: a client repeats with its idempotency key or looks the operation up. Runs inside
 * Dubbo's own ExceptionFilter (a higher order), so that one sees a declared BusinessException and passes it on.
 */
@Activate(group = CommonConstants.PROVIDER, order = DependencyFailures.ORDER)
public class DependencyFailures implements Filter, Filter.Listener {
    /** Dubbo's filters use orders around 0 and below; higher is closer to the service. */
    static final int ORDER = 100_000;
    static final int CAUSES_MAX = 16;
    private static final Logger log = LoggerFactory.getLogger(DependencyFailures.class);

    @Override
    public Result invoke(Invoker<?> invoker, Invocation invocation) throws RpcException {
        return invoker.invoke(invocation);
    }

    @Override
    public void onResponse(Result result, Invoker<?> invoker, Invocation invocation) {
        Throwable failure = result.getException();
        if (failure == null || failure instanceof BusinessException) {
            return;
        }
        dependency(failure).ifPresent(dependency -> {
            if (!refusedBySentinel(failure)) {
                // an open circuit refuses every call at once: the breaker's opening is what to read, not each refusal
                log.warn("{}.{}: {} failed under the call, answered SERVICE_UNAVAILABLE: {}",
                        invoker.getInterface().getSimpleName(), invocation.getMethodName(), dependency,
                        failure.toString());
            }
            result.setException(new BusinessException(ErrorCode.SERVICE_UNAVAILABLE,
                    dependency + " is unavailable; retry later"));
        });
    }

    @Override
    public void onError(Throwable t, Invoker<?> invoker, Invocation invocation) {
        // a failure of the invocation itself (not the service's exception): Dubbo's own handling stays
    }

    static boolean refusedBySentinel(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < CAUSES_MAX; depth++, t = t.getCause()) {
            if (t instanceof BlockException) {
                return true;
            }
        }
        return false;
    }

    /** Which kind of server failed, if FAILURE (or one of its causes) says a dependency was unreachable or broke. */
    static Optional<String> dependency(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < CAUSES_MAX; depth++, t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof TransientDataAccessException
                    || t instanceof DataAccessResourceFailureException || t instanceof RecoverableDataAccessException
                    || t instanceof CannotCreateTransactionException) {
                return Optional.of("the database");
            }
            if (t instanceof RedisConnectionException || t instanceof RedisTimeoutException) {
                return Optional.of("Redis");
            }
            if (t instanceof ConnectException || t instanceof SocketTimeoutException) {
                return Optional.of("a server it needs");
            }
            if (t instanceof RpcException) {
                // another provider it calls: unreachable, timed out, or its circuit open here (BlockedCallFallback)
                return Optional.of("a service it calls");
            }
        }
        return Optional.empty();
    }
}
