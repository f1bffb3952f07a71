package org.opentrade.facade.error;

import java.io.IOException;

import com.alibaba.csp.sentinel.slots.block.AbstractRule;
import com.alibaba.csp.sentinel.slots.block.BlockException;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeException;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRule;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRule;
import com.alibaba.csp.sentinel.slots.block.flow.param.ParamFlowRule;
import com.alibaba.csp.sentinel.slots.system.SystemBlockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opentrade.api.ErrorCode;

/**
 * A Sentinel refusal as an API answer. A flow or per-caller (hot-parameter) rule is 429 RATE_LIMITED with the rule's
 * count and window; an open circuit (a degrade rule: the service the request needs is failing) is 503
 * SERVICE_UNAVAILABLE, retry after the circuit's open window; system protection (the facade itself overloaded) is
 * 503 too, retry in a second: neither is the client's rate.
 */
public final class BlockAnswers {
    static final long SYSTEM_RETRY_AFTER_S = 1;

    /** The code and headers of a refusal by Sentinel. */
    public record Refusal(ErrorCode code, RetryAdvice advice) {
    }

    private BlockAnswers() {
    }

    public static Refusal of(BlockException blocked) {
        AbstractRule rule = ruleOf(blocked);
        if (blocked instanceof DegradeException) {
            long windowS = rule instanceof DegradeRule degrade ? degrade.getTimeWindow() : 1;
            return new Refusal(ErrorCode.SERVICE_UNAVAILABLE, RetryAdvice.unavailable(windowS));
        }
        if (blocked instanceof SystemBlockException) {
            return new Refusal(ErrorCode.SERVICE_UNAVAILABLE, RetryAdvice.unavailable(SYSTEM_RETRY_AFTER_S));
        }
        if (rule instanceof ParamFlowRule perCaller) {
            return new Refusal(ErrorCode.RATE_LIMITED, new RetryAdvice((long) perCaller.getCount(),
                    perCaller.getDurationInSec(), true));
        }
        long limit = rule instanceof FlowRule flow ? (long) flow.getCount() : 0;
        return new Refusal(ErrorCode.RATE_LIMITED, new RetryAdvice(limit, 1, true));
    }

    /**
     * The rule that refused, or null: the subclasses' getRule() casts the rule without a null check, and a block
     * raised by hand (or by an adapter) may carry none.
     */
    static AbstractRule ruleOf(BlockException blocked) {
        try {
            return blocked.getRule();
        } catch (NullPointerException noRule) {
            return null;
        }
    }

    /** Answers a request that Sentinel refused before any handler ran, in the API's error shape. */
    public static void write(BlockException blocked, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Refusal refusal = of(blocked);
        ApiError.of(refusal.code(), RequestIds.of(request)).writeTo(response, refusal.code().httpStatus(),
                refusal.advice());
    }
}
