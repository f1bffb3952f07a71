package org.opentrade.trade.application.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.fund.MovementResult;
import org.opentrade.api.risk.OrderRiskCheck;
import org.opentrade.api.risk.RiskDecision;
import org.opentrade.api.risk.RiskRejectedException;
import org.opentrade.trade.application.engine.BatchReservation;
import org.opentrade.trade.application.engine.CommandOutcome;
import org.opentrade.trade.application.engine.MarketSnapshot;
import org.opentrade.trade.application.engine.Submission;
import org.opentrade.trade.domain.matching.ExecutionResult;
import org.opentrade.trade.domain.matching.MatchResultCode;
import org.opentrade.trade.domain.order.OrderRecord;
import org.opentrade.trade.domain.order.OrderStatus;
import org.opentrade.trade.domain.order.OrderUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a batch of new orders must pass before the log, one call of each kind per batch: (1) stored PENDING (one
 * statement; the unique clientOrderId per user is enforced here, so a repeat finds its original), (2) the open-orders
 * cap ({@link OpenOrderCap}), (3) the pre-trade risk check (risk-provider, given the market's facts as the engine last
 * published them: {@link RiskFacts}), (4) their reservations frozen
 * (fund-provider, one local transaction per user shard). An order refused at (2), (3) or (4) is stored REJECTED with
 * the reason and its caller told why; nothing stays frozen for it. Amends take the same steps of their own
 * ({@link AmendReservations}); cancels pass through untouched.
 */
@Component
public class OrderReservations implements BatchReservation {
    private static final Logger log = LoggerFactory.getLogger(OrderReservations.class);

    private final Orders orders;
    private final RiskCheck risk;
    private final Holds holds;
    private final ReservationMetrics metrics;
    private final OpenOrderCap cap;
    private final AmendReservations amends;

    public OrderReservations(Orders orders, Amends amends, RiskCheck risk, Holds holds, MeterRegistry meters,
                             PlacementSettings settings) {
        this.orders = orders;
        this.risk = risk;
        this.holds = holds;
        this.metrics = new ReservationMetrics(meters);
        this.cap = new OpenOrderCap(settings.openOrdersPerUserMax());
        this.amends = new AmendReservations(amends, orders, risk, holds);
    }

    @Override
    public List<Submission> reserve(List<Submission> batch, MarketSnapshot market) {
        List<Submission> places = batch.stream().filter(Submission::isPlace).toList();
        List<Submission> amended = batch.stream().filter(Submission::isAmend).toList();
        if (places.isEmpty() && amended.isEmpty()) {
            return batch;
        }
        if (!places.isEmpty()) {
            reservePlaces(places, market);
        }
        if (!amended.isEmpty()) {
            amends.reserve(amended, market);
        }
        return batch.stream().filter(s -> !s.answered()).toList();
    }

    private void reservePlaces(List<Submission> places, MarketSnapshot market) {
        Set<Long> repeated = metrics.store(() -> orders.insertPending(places.stream().map(Submission::order).toList()));
        List<Submission> stored = new ArrayList<>(places.size());
        for (Submission s : places) {
            if (repeated.contains(s.order().orderId())) {
                s.refuse(new RepeatedClientOrderId(s.order().clientOrderId()));
            } else {
                stored.add(s);
            }
        }
        if (stored.isEmpty()) {
            return;
        }
        OpenOrderCounts unfinished = orders.unfinishedGtcCounts(
                stored.stream().map(s -> s.order().userId()).collect(Collectors.toSet()));
        Map<Submission, OrderRiskCheck> facts = RiskFacts.of(stored, unfinished, market);
        List<Submission> beyondCap = cap.beyond(stored, unfinished);
        if (!beyondCap.isEmpty()) {
            reject(beyondCap, new BusinessException(ErrorCode.TOO_MANY_OPEN_ORDERS,
                    "at most " + cap.max() + " open orders per user; cancel some first"));
            stored.removeAll(beyondCap);
        }
        List<Submission> checked = riskChecked(stored, stored.stream().map(facts::get).toList());
        frozen(checked);
    }

    /** Risk control that cannot be asked refuses the batch (503): no order passes unchecked. */
    private List<Submission> riskChecked(List<Submission> stored, List<OrderRiskCheck> checks) {
        if (stored.isEmpty()) {
            return stored;
        }
        List<RiskDecision> decisions;
        try {
            decisions = metrics.risk(() -> risk.preCheckAll(checks));
        } catch (BusinessException unavailable) {
            reject(stored, unavailable);
            return List.of();
        }
        List<Submission> passed = new ArrayList<>(stored.size());
        List<Submission> refused = new ArrayList<>();
        List<BusinessException> reasons = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            RiskDecision decision = decisions.get(i);
            if (decision.accepted()) {
                passed.add(stored.get(i));
            } else {
                refused.add(stored.get(i));
                reasons.add(RiskRejectedException.of(decision));
            }
        }
        reject(refused, reasons);
        return passed;
    }

    /**
     * Freezes the batch's reservations. A MARKET BUY with nothing to buy (no protection price) is rejected with
     * nothing frozen. An unknown outcome (fund-provider unreachable) propagates: the pipeline voids the holds.
     */
    private void frozen(List<Submission> checked) {
        List<Submission> toFreeze = new ArrayList<>(checked.size());
        List<Submission> noLiquidity = new ArrayList<>();
        for (Submission s : checked) {
            (s.order().reserved() == 0 ? noLiquidity : toFreeze).add(s);
        }
        rejectForNoLiquidity(noLiquidity);
        if (toFreeze.isEmpty()) {
            return;
        }
        List<MovementResult> results = metrics.holds(
                () -> holds.freezeAll(toFreeze.stream().map(s -> hold(s.order())).toList()));
        List<Submission> refused = new ArrayList<>();
        List<BusinessException> reasons = new ArrayList<>();
        for (int i = 0; i < toFreeze.size(); i++) {
            MovementResult result = results.get(i);
            if (!result.isDone()) {
                refused.add(toFreeze.get(i));
                reasons.add(new BusinessException(result.refusal()));
            }
        }
        reject(refused, reasons);
    }

    /** Like the engine's own rejections: answered with the order, REJECTED, not with an error. */
    private void rejectForNoLiquidity(List<Submission> noLiquidity) {
        if (noLiquidity.isEmpty()) {
            return;
        }
        String reason = MatchResultCode.NO_LIQUIDITY.name();
        orders.rejectAll(noLiquidity.stream()
                .map(s -> new Orders.Rejection(s.order().userId(), s.order().orderId(), reason)).toList());
        for (Submission s : noLiquidity) {
            OrderRecord o = s.order();
            s.complete(new CommandOutcome(new ExecutionResult(0, List.of()),
                    new OrderUpdate(o.orderId(), o.userId(), OrderStatus.REJECTED, o.quantity(), 0, reason)));
        }
    }

    @Override
    public void abandon(List<Submission> unlogged, ErrorCode why) {
        List<Submission> places = new ArrayList<>();
        List<Submission> amended = new ArrayList<>();
        for (Submission s : unlogged) {
            if (s.isPlace()) {
                places.add(s);
            } else if (s.isAmend()) {
                amended.add(s);
            } else {
                s.refuse(new BusinessException(why, "the cancel did not reach the market; retry it"));
            }
        }
        if (!amended.isEmpty()) {
            amends.abandon(amended, why);
        }
        if (places.isEmpty()) {
            return;
        }
        BusinessException notPlaced = new BusinessException(why, "the order was not placed and will not be");
        try {
            holds.voidAll(places.stream().map(s -> hold(s.order())).toList());
            reject(places, notPlaced);
        } catch (RuntimeException e) {
            // left PENDING: the sweeper voids their holds and rejects them once they are older than any deadline
            log.warn("{} unplaced orders left PENDING for the sweeper: {}", places.size(), e.toString());
            places.forEach(s -> s.refuse(notPlaced));
        }
    }

    private void reject(List<Submission> refused, BusinessException why) {
        reject(refused, refused.stream().map(s -> why).toList());
    }

    /** Stores each REJECTED with its reason, then tells each caller. */
    private void reject(List<Submission> refused, List<BusinessException> reasons) {
        if (refused.isEmpty()) {
            return;
        }
        List<Orders.Rejection> rejections = new ArrayList<>(refused.size());
        for (int i = 0; i < refused.size(); i++) {
            OrderRecord o = refused.get(i).order();
            rejections.add(new Orders.Rejection(o.userId(), o.orderId(), reasons.get(i).code().name()));
        }
        orders.rejectAll(rejections);
        for (int i = 0; i < refused.size(); i++) {
            refused.get(i).refuse(reasons.get(i));
        }
    }

    static Holds.Hold hold(OrderRecord order) {
        return Holds.Hold.ofOrder(order.userId(), order.reserveAsset(), order.reserved(), order.orderId());
    }

    /** The caller's clientOrderId already names an order of theirs: the caller answers with that order. */
    static final class RepeatedClientOrderId extends BusinessException {
        RepeatedClientOrderId(String clientOrderId) {
            super(ErrorCode.CLIENT_ORDER_ID_REUSED, "clientOrderId " + clientOrderId + " names an earlier order");
        }
    }
}
