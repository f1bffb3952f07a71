package org.opentrade.platform.sentinel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.alibaba.csp.sentinel.Entry;
import com.alibaba.csp.sentinel.EntryType;
import com.alibaba.csp.sentinel.SphU;
import com.alibaba.csp.sentinel.Tracer;
import com.alibaba.csp.sentinel.slots.block.BlockException;
import com.alibaba.csp.sentinel.slots.block.RuleConstant;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeException;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRule;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRuleManager;
import com.alibaba.csp.sentinel.slots.block.flow.FlowException;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;

/** The breakers as the Dubbo adapter drives them: an entry per call, its failure traced, refused when open. */
class CircuitBreakerTest {
    static final String RESOURCE = "org.opentrade.api.test.ExampleService";
    static final int FAILURES_TO_OPEN = 5;

    @AfterEach
    void noRules() {
        DegradeRuleManager.loadRules(List.of());
    }

    @Test
    void businessAnswersNeverOpenTheCircuitButTheCalleesFailuresDo() throws Exception {
        Tracer.setExceptionPredicate(new BusinessOutcomes());
        DegradeRule rule = new DegradeRule(RESOURCE).setGrade(RuleConstant.DEGRADE_GRADE_EXCEPTION_COUNT)
                .setCount(FAILURES_TO_OPEN - 1).setMinRequestAmount(FAILURES_TO_OPEN).setStatIntervalMs(60_000)
                .setTimeWindow(5);
        DegradeRuleManager.loadRules(List.of(rule));

        for (int i = 0; i < 20; i++) {
            call(new BusinessException(ErrorCode.INSUFFICIENT_FUNDS));
            call(new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "its database is down"));
        }
        for (int i = 0; i < FAILURES_TO_OPEN; i++) {
            call(new RpcException(RpcException.NETWORK_EXCEPTION, "connection refused"));
        }
        assertThatThrownBy(() -> call(null)).isInstanceOf(DegradeException.class);
    }

    @Test
    void aRefusedCallAnswersAnRpcExceptionThatNamesTheOpenCircuitAndIsNeverATimeout() {
        RpcException open = BlockedCallFallback.refusal("RiskService", new DegradeException(RESOURCE));
        assertThat(open.getCause()).isInstanceOf(DegradeException.class);
        assertThat(open.getMessage()).contains("RiskService", "circuit open");
        assertThat(open.isTimeout() || open.isNetwork()).as("not sent: an order is 'not placed'").isFalse();

        RpcException limited = BlockedCallFallback.refusal("RiskService", new FlowException(RESOURCE));
        assertThat(limited.isLimitExceed()).isTrue();
        assertThat(limited.getCause()).isInstanceOf(FlowException.class);
    }

    /** One call through the breaker; FAILURE is what the callee answered (null: success). */
    private static void call(Throwable failure) throws BlockException {
        Entry entry = SphU.entry(RESOURCE, EntryType.OUT);
        try {
            if (failure != null) {
                Tracer.traceEntry(failure, entry);
            }
        } finally {
            entry.exit();
        }
    }
}
