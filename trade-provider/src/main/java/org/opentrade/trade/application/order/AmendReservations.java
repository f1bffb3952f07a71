package org.opentrade.trade.application.order;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.fund.MovementResult;
import org.opentrade.api.risk.OrderRiskCheck;
import org.opentrade.api.risk.RiskDecision;
import org.opentrade.api.risk.RiskRejectedException;
import org.opentrade.trade.application.engine.MarketSnapshot;
import org.opentrade.trade.application.engine.Submission;
import org.opentrade.trade.domain.matching.command.AmendOrder;
import org.opentrade.trade.domain.order.AmendRecord;
import org.opentrade.trade.domain.order.AmendStatus;
import org.opentrade.trade.domain.order.HoldReferences;
import org.opentrade.trade.domain.order.OrderRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a batch's amends must pass before the log, in the shape of a placement: (1) stored PENDING, (2) the pre-trade
 * risk check for those that add risk (a BUY dearer, a SELL cheaper, or more quantity), (3) their added hold frozen
 * under each amend's own reference. An amend refused at (2) or (3) is stored REFUSED and its caller told why; the
 * order is unchanged and nothing stays frozen for it. One call of each kind per batch that has amends.
 *
 * <p>Risk control is asked with the shape it already knows, {@link OrderRiskCheck}: the order at its new price with
 * its new untraded quantity, counting the user's other unfinished orders on the symbol. So the per-order rules and
 * the price band judge the amended order as they would a new one, and the rate counters count an amend like an
 * order message; the daily notional counts the whole new remainder again (it may over-count, never under-count).
 */
final class AmendReservations {
    private static final Logger log = LoggerFactory.getLogger(AmendReservations.class);

    private final Amends amends;
    private final Orders orders;
    private final RiskCheck risk;
    private final Holds holds;

    AmendReservations(Amends amends, Orders orders, RiskCheck risk, Holds holds) {
        this.amends = amends;
        this.orders = orders;
        this.risk = risk;
        this.holds = holds;
    }

    /** Answers the amends it refuses; throws only when the outcome is unknown (the pipeline then gives them back). */
    void reserve(List<Submission> batch, MarketSnapshot market) {
        amends.insertPending(batch.stream().map(AmendReservations::record).toList());
        List<Submission> risky = batch.stream().filter(s -> addsRisk(s.order(), amend(s))).toList();
        List<Submission> refusedByRisk = riskRefused(risky, market);
        List<Submission> toFreeze = batch.stream()
                .filter(s -> !refusedByRisk.contains(s) && amend(s).holdAdded() > 0).toList();
        if (toFreeze.isEmpty()) {
            return;
        }
        List<MovementResult> results = holds.freezeAll(toFreeze.stream().map(AmendReservations::hold).toList());
        List<Submission> refused = new ArrayList<>();
        List<BusinessException> reasons = new ArrayList<>();
        for (int i = 0; i < toFreeze.size(); i++) {
            if (!results.get(i).isDone()) {
                refused.add(toFreeze.get(i));
                reasons.add(new BusinessException(results.get(i).refusal()));
            }
        }
        refuse(refused, reasons);
    }

    /**
     * Amends reserved that will never be logged: their holds are voided (released if taken, never takeable after)
     * and they are stored REFUSED; if even that fails they stay PENDING for {@link PendingAmends}. Either way the
     * caller hears that the order is unchanged.
     */
    void abandon(List<Submission> unlogged, ErrorCode why) {
        BusinessException unchanged = new BusinessException(why, "the amend did not reach the market; the order is unchanged");
        try {
            List<Submission> held = unlogged.stream().filter(s -> amend(s).holdAdded() > 0).toList();
            if (!held.isEmpty()) {
                holds.voidAll(held.stream().map(AmendReservations::hold).toList());
            }
            refuse(unlogged, unlogged.stream().map(s -> unchanged).toList());
        } catch (RuntimeException e) {
            log.warn("{} amends that never reached the market left PENDING for the sweeper: {}", unlogged.size(),
                    e.toString());
            unlogged.forEach(s -> s.refuse(unchanged));
        }
    }

    /** Risk control that cannot be asked refuses the amends that need it (503): none passes unchecked. */
    private List<Submission> riskRefused(List<Submission> risky, MarketSnapshot market) {
        if (risky.isEmpty()) {
            return List.of();
        }
        List<RiskDecision> decisions;
        try {
            decisions = risk.preCheckAll(checks(risky, market));
        } catch (BusinessException unavailable) {
            refuse(risky, risky.stream().map(s -> unavailable).toList());
            return risky;
        }
        List<Submission> refused = new ArrayList<>();
        List<BusinessException> reasons = new ArrayList<>();
        for (int i = 0; i < risky.size(); i++) {
            if (!decisions.get(i).accepted()) {
                refused.add(risky.get(i));
                reasons.add(RiskRejectedException.of(decisions.get(i)));
            }
        }
        refuse(refused, reasons);
        return refused;
    }

    /** Each amended order as a new one would be judged: new price, new untraded quantity, the user's other orders. */
    private List<OrderRiskCheck> checks(List<Submission> risky, MarketSnapshot market) {
        OpenOrderCounts unfinished = orders.unfinishedGtcCounts(
                risky.stream().map(s -> s.order().userId()).collect(Collectors.toSet()));
        return risky.stream().map(s -> {
            OrderRecord o = s.order();
            AmendOrder a = amend(s);
            int others = Math.max(0, unfinished.onSymbol(o.userId(), o.symbol()) - 1);
            return new OrderRiskCheck(o.userId(), o.symbol(), o.side(), o.type(), a.price(),
                    a.quantity() - o.filledQuantity(), market.lastTradePrice(), market.bestBid(), market.bestAsk(),
                    others);
        }).toList();
    }

    /** Stores each REFUSED with its reason, then tells each caller. */
    private void refuse(List<Submission> refused, List<BusinessException> reasons) {
        if (refused.isEmpty()) {
            return;
        }
        List<Amends.Refusal> refusals = new ArrayList<>(refused.size());
        for (int i = 0; i < refused.size(); i++) {
            Submission s = refused.get(i);
            refusals.add(new Amends.Refusal(s.order().userId(), amend(s).amendId(), reasons.get(i).code().name()));
        }
        amends.refuseAll(refusals);
        for (int i = 0; i < refused.size(); i++) {
            refused.get(i).refuse(reasons.get(i));
        }
    }

    /** A BUY dearer, a SELL cheaper, or more quantity: what the pre-trade rules exist to judge. */
    static boolean addsRisk(OrderRecord order, AmendOrder amend) {
        boolean priceTowardsTheMarket = "BUY".equals(order.side()) ? amend.price() > order.price()
                : amend.price() < order.price();
        return priceTowardsTheMarket || amend.quantity() > order.quantity();
    }

    private static AmendOrder amend(Submission s) {
        return (AmendOrder) s.command();
    }

    static AmendRecord record(Submission s) {
        OrderRecord o = s.order();
        AmendOrder a = amend(s);
        return new AmendRecord(a.amendId(), o.orderId(), o.userId(), o.symbol(), a.price(), a.quantity(),
                o.reserveAsset(), a.holdAdded(), AmendStatus.PENDING, null, System.currentTimeMillis());
    }

    static Holds.Hold hold(Submission s) {
        AmendOrder a = amend(s);
        return new Holds.Hold(s.order().userId(), s.order().reserveAsset(), a.holdAdded(),
                HoldReferences.forAmend(a.orderId(), a.amendId()));
    }

    static Holds.Hold hold(AmendRecord amend) {
        return new Holds.Hold(amend.userId(), amend.holdAsset(), amend.holdAdded(), amend.holdReference());
    }
}
