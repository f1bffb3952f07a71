package org.opentrade.risk.domain.pretrade;

import java.util.Optional;

import org.opentrade.api.risk.RiskDecision;

/** Whether a user may trade at all, as user-provider said a moment ago. */
public enum UserStanding {
    ACTIVE, FROZEN, NOT_FOUND;

    static final String FROZEN_RULE = "userFrozen";
    static final String NOT_FOUND_RULE = "userNotFound";

    Optional<RiskDecision> refusal(long userId) {
        return switch (this) {
            case ACTIVE -> Optional.empty();
            case FROZEN -> Optional.of(RiskDecision.reject(FROZEN_RULE, "user " + userId + " is frozen"));
            case NOT_FOUND -> Optional.of(RiskDecision.reject(NOT_FOUND_RULE, "user " + userId + " does not exist"));
        };
    }
}
