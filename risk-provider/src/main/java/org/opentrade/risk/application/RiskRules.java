package org.opentrade.risk.application;

import org.opentrade.risk.domain.PreTradeCheck;

/** The rule set in force right now; replaced whole when operators change it. */
public interface RiskRules {
    PreTradeCheck current();
}
