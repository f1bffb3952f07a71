package org.opentrade.api.risk;

import java.util.List;

import org.opentrade.api.BusinessException;

/**
 * Risk control: the pre-trade check on every order, before funds are reserved, and the alerts of post-trade
 * monitoring for operators.
 */
public interface RiskService {

    /** Never throws for a rule violation: the decision says whether and why the order is refused. */
    RiskDecision preCheck(OrderRiskCheck check) throws BusinessException;

    /**
     * The pre-trade check of a whole engine batch in one call, decisions in the order of the checks: the matching
     * pipeline asks once per batch, so the check's cost per order stays a fraction of a round trip. The checks of one
     * batch are judged in order: an earlier order of a user counts towards that user's rates.
     */
    List<RiskDecision> preCheckAll(List<OrderRiskCheck> checks) throws BusinessException;

    /** Alerts newest first, filtered by user and severity. */
    AlertPage alerts(AlertQuery query) throws BusinessException;

    /** Marks an alert seen by {@code actor}; idempotent (the first acknowledgement stays). ALERT_NOT_FOUND if none. */
    AlertView acknowledge(long alertId, String actor) throws BusinessException;
}
