package org.opentrade.platform.dubbo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import com.alibaba.csp.sentinel.slots.block.degrade.DegradeException;
import org.apache.dubbo.rpc.AppResponse;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.RpcException;
import org.apache.dubbo.rpc.RpcInvocation;
import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.redisson.client.RedisResponseTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;

class DependencyFailuresTest {

    @Test
    void aBrokenDatabaseConnectionOrRedisTimeoutIsADependencyFailureWhereverItSitsInTheCauses() {
        // what user-provider threw when the primary was killed under a lookup (MyBatis over the MariaDB driver)
        var mybatis = new RuntimeException(new DataAccessResourceFailureException("query failed",
                new SQLNonTransientConnectionException("(conn=54) Socket error")));
        assertThat(DependencyFailures.dependency(mybatis)).contains("the database");
        assertThat(DependencyFailures.dependency(new IllegalStateException("pool",
                new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms"))))
                .contains("the database");
        assertThat(DependencyFailures.dependency(new RedisResponseTimeoutException("no answer in 3000 ms")))
                .contains("Redis");
    }

    @Test
    void anotherProviderDownOrItsCircuitOpenIsADependencyFailure() {
        assertThat(DependencyFailures.dependency(new RpcException(RpcException.NO_INVOKER_AVAILABLE_AFTER_FILTER,
                "No provider available for the service org.opentrade.api.user.UserService"))).contains("a service it calls");
        RpcException circuitOpen = new RpcException(RpcException.NO_INVOKER_AVAILABLE_AFTER_FILTER,
                "UserService is unavailable (circuit open); retry later", new DegradeException("UserService"));
        assertThat(DependencyFailures.dependency(new IllegalStateException("lookup failed", circuitOpen)))
                .contains("a service it calls");
        assertThat(DependencyFailures.refusedBySentinel(circuitOpen)).isTrue();
        assertThat(DependencyFailures.refusedBySentinel(new RpcException("timeout"))).isFalse();
    }

    @Test
    void defectsAndRefusalsAreNotDependencyFailures() {
        assertThat(DependencyFailures.dependency(new IllegalStateException("a defect"))).isEmpty();
        assertThat(DependencyFailures.dependency(new NullPointerException())).isEmpty();
        assertThat(DependencyFailures.dependency(new DataIntegrityViolationException("duplicate key"))).isEmpty();
    }

    @Test
    void theFilterAnswersServiceUnavailableInsteadOfTheRawFailureAndLeavesOthersAlone() {
        DependencyFailures filter = new DependencyFailures();
        Invoker<?> invoker = new FixedInvoker(null);
        AppResponse broken = new AppResponse(new RuntimeException(new SQLNonTransientConnectionException("Socket error")));
        filter.onResponse(broken, invoker, new RpcInvocation());
        assertThat(broken.getException()).isInstanceOf(BusinessException.class);
        assertThat(((BusinessException) broken.getException()).code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);

        BusinessException refusal = new BusinessException(ErrorCode.INSUFFICIENT_FUNDS);
        AppResponse refused = new AppResponse(refusal);
        filter.onResponse(refused, invoker, new RpcInvocation());
        assertThat(refused.getException()).isSameAs(refusal);

        IllegalStateException defect = new IllegalStateException("a defect");
        AppResponse failed = new AppResponse(defect);
        filter.onResponse(failed, invoker, new RpcInvocation());
        assertThat(failed.getException()).isSameAs(defect);
    }

    /** Only its interface is read, for the log line. */
}
