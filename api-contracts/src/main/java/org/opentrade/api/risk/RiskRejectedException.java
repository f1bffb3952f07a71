package org.opentrade.api.risk;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;

/** An order refused by a pre-trade rule: 422 RISK_REJECTED, the rule named in the message and in {@link #rule()}. */
public class RiskRejectedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    /** The parameters are named as the fields they restore, so every Dubbo wire can rebuild the exception. */
    public RiskRejectedException(String rule, String message) {
        super(ErrorCode.RISK_REJECTED, message);
        this.rule = rule;
    }

    public static RiskRejectedException of(RiskDecision refusal) {
        return new RiskRejectedException(refusal.rule(), refusal.rule() + ": " + refusal.reason());
    }

    public String rule() {
        return rule;
    }
}
