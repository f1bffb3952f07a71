package org.opentrade.risk.application.port;

import org.opentrade.risk.domain.pretrade.RiskRuleSet;

/** The rule set in force right now; replaced whole when operators change it. */
public interface RiskRules {
    RiskRuleSet current();
}
