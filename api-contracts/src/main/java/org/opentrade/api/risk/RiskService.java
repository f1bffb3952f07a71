package org.opentrade.api.risk;

import java.util.List;

import org.opentrade.api.BusinessException;

/** Pre-trade checks on every order, before funds are reserved. Fast: no I/O beyond in-memory rules. */
public interface RiskService {

    /** Never throws for a rule violation: the decision says whether and why the order is refused. */
    RiskDecision preCheck(OrderRiskCheck check) throws BusinessException;

    /**
     * The pre-trade check of a whole engine batch in one call, decisions in the order of the checks: the matching
     * pipeline asks once per batch, so the check's cost per order stays a fraction of a round trip.
     */
    List<RiskDecision> preCheckAll(List<OrderRiskCheck> checks) throws BusinessException;
}
