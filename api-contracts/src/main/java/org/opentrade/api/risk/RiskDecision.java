package org.opentrade.api.risk;

import java.io.Serializable;

/** {@code rule} names the rule that refused the order, or is null when accepted. */
public record RiskDecision(boolean accepted, String rule, String reason) implements Serializable {

    public static RiskDecision accept() {
        return new RiskDecision(true, null, null);
    }

    public static RiskDecision reject(String rule, String reason) {
        return new RiskDecision(false, rule, reason);
    }
}
