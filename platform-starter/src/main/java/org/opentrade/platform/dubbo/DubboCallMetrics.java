package org.opentrade.platform.dubbo;

import java.util.concurrent.TimeUnit;

import org.apache.dubbo.common.constants.CommonConstants;
import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.rpc.Filter;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;
import org.apache.dubbo.rpc.RpcException;
import org.opentrade.api.BusinessException;
import org.opentrade.platform.dubbo.DubboCallTimers.MethodTimers;
import org.opentrade.platform.dubbo.DubboCallTimers.Outcome;

/**
 * Times every Dubbo call into {@link DubboCallTimers}, on the provider and on the consumer side, until the answer
 * (also of an asynchronous call: the time is taken in the listener). Dubbo's own metrics go to a registry of Dubbo's,
 * not to the application's /actuator/prometheus, hence this filter. Outermost on the provider side, so it sees the
 * answer as the caller will (after {@link DependencyFailures}).
 */
public abstract class DubboCallMetrics implements Filter, Filter.Listener {
    /** Lower runs first (outer); Dubbo's own filters sit around 0 and below. */
    static final int ORDER = -100_000;
    static final String STARTED_NANOS = "opentrade.callStartedNanos";

    @Override
    public Result invoke(Invoker<?> invoker, Invocation invocation) throws RpcException {
        if (DubboCallTimers.installed() != null) {
            invocation.put(STARTED_NANOS, System.nanoTime());
        }
        return invoker.invoke(invocation);
    }

    @Override
    public void onResponse(Result result, Invoker<?> invoker, Invocation invocation) {
        Throwable failure = result.getException();
        record(invoker, invocation, failure == null ? Outcome.OK : outcome(failure));
    }

    @Override
    public void onError(Throwable failure, Invoker<?> invoker, Invocation invocation) {
        record(invoker, invocation, outcome(failure));
    }

    static Outcome outcome(Throwable failure) {
        return failure instanceof BusinessException business && business.code().httpStatus() < 500
                ? Outcome.BUSINESS : Outcome.ERROR;
    }

    private void record(Invoker<?> invoker, Invocation invocation, Outcome outcome) {
        DubboCallTimers timers = DubboCallTimers.installed();
        if (timers == null || !(invocation.get(STARTED_NANOS) instanceof Long started)) {
            return;
        }
        timers(timers, invoker.getInterface(), invocation.getMethodName()).timer(outcome)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    abstract MethodTimers timers(DubboCallTimers timers, Class<?> service, String method);

    /** Calls this application serves. */
    @Activate(group = CommonConstants.PROVIDER, order = ORDER)
    public static final class Provider extends DubboCallMetrics {
        @Override
        MethodTimers timers(DubboCallTimers timers, Class<?> service, String method) {
            return timers.provider(service, method);
        }
    }

    /** Calls this application makes. */
    @Activate(group = CommonConstants.CONSUMER, order = ORDER)
    public static final class Consumer extends DubboCallMetrics {
        @Override
        MethodTimers timers(DubboCallTimers timers, Class<?> service, String method) {
            return timers.consumer(service, method);
        }
    }
}
