package org.opentrade.api.risk;

/** Pre-trade checks on every order, before funds are reserved. Fast: no I/O beyond in-memory rules. */
public interface RiskService {

    /** Never throws for a rule violation: the decision says whether and why the order is refused. */
    RiskDecision preCheck(OrderRiskCheck check);
}
