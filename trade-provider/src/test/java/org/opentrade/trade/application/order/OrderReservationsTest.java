package org.opentrade.trade.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.fund.FillSettlement;
import org.opentrade.api.fund.MovementResult;
import org.opentrade.api.risk.OrderRiskCheck;
import org.opentrade.api.risk.RiskDecision;
import org.opentrade.api.risk.RiskRejectedException;
import org.opentrade.trade.application.engine.MarketSnapshot;
import org.opentrade.trade.domain.matching.DepthLevel;
import org.opentrade.trade.application.engine.Submission;
import org.opentrade.trade.domain.matching.OrderType;
import org.opentrade.trade.domain.matching.Side;
import org.opentrade.trade.domain.matching.TimeInForce;
import org.opentrade.trade.domain.matching.command.AmendOrder;
import org.opentrade.trade.domain.matching.command.CancelOrder;
import org.opentrade.trade.domain.matching.command.PlaceOrder;
import org.opentrade.trade.domain.order.AmendRecord;
import org.opentrade.trade.domain.order.OrderRecord;
import org.opentrade.trade.domain.order.OrderStatus;

/** The reservation stage over in-memory orders, risk and holds: who passes, who is refused, what stays frozen. */
class OrderReservationsTest {
    final MemoryOrders orders = new MemoryOrders();
    final Map<Long, Long> available = new HashMap<>();     // userId -> USD available
    final Map<String, Long> frozen = new HashMap<>();      // hold reference -> frozen under it
    final Set<String> voided = new HashSet<>();
    final MemoryAmends amends = new MemoryAmends();
    final Set<Long> riskRefusesUsers = new HashSet<>();
    boolean fundsDown;
    static final int OPEN_ORDERS_MAX = 3;
    /** A book bid 29,990, ask 30,010 (protection prices 30,500 / 29,500), last trade 30,000. */
    static final MarketSnapshot MARKET = new MarketSnapshot(7, 0, 0, 2,
            List.of(new DepthLevel(29_990, 1, 1)), List.of(new DepthLevel(30_010, 1, 1)), 30_500, 29_500, 30_000);
    final List<OrderRiskCheck> checksSeen = new ArrayList<>();
    final OrderReservations reservations = new OrderReservations(orders, amends, this::risk, new MemoryHolds(),
            new io.micrometer.core.instrument.simple.SimpleMeterRegistry(),
            new PlacementSettings(5_000, 10_000, 30_000, 100, 500, OPEN_ORDERS_MAX));

    @Test
    void heldOrdersAndCancelsPassInOrderAndRefusedOnesAreStoredRejectedWithTheirReason() throws Exception {
        available.put(1L, 1_000L);
        available.put(2L, 10L);
        riskRefusesUsers.add(3L);
        Submission a = place(1, 1, "a", 600);
        Submission cancel = new Submission(new CancelOrder(99, 1), record(99, 1, "x", 1), Long.MAX_VALUE);
        Submission poor = place(2, 2, "b", 600);
        Submission risky = place(3, 3, "c", 1);
        Submission b = place(4, 1, "d", 400);

        List<Submission> passed = reservations.reserve(List.of(a, cancel, poor, risky, b), MARKET);

        assertThat(passed).containsExactly(a, cancel, b);
        assertThat(frozen).containsOnlyKeys("order-1", "order-4");
        assertThat(available.get(1L)).isZero();
        assertThat(code(poor)).isEqualTo(ErrorCode.INSUFFICIENT_FUNDS);
        assertThat(code(risky)).isEqualTo(ErrorCode.RISK_REJECTED);
        assertThat(((RiskRejectedException) cause(risky)).rule()).isEqualTo("test");
        assertThat(orders.status).containsEntry(2L, "REJECTED:INSUFFICIENT_FUNDS").containsEntry(3L, "REJECTED:RISK_REJECTED");
    }

    @Test
    void aRepeatedClientOrderIdIsAnsweredWithTheOriginalAndReservesNothing() {
        available.put(1L, 1_000L);
        reservations.reserve(List.of(place(1, 1, "same", 100)), MARKET);

        Submission again = place(2, 1, "same", 100);
        assertThat(reservations.reserve(List.of(again), MARKET)).isEmpty();

        assertThat(cause(again)).isInstanceOf(OrderReservations.RepeatedClientOrderId.class);
        assertThat(frozen).containsOnlyKeys("order-1");
    }

    @Test
    void anUnknownHoldsOutcomePropagatesAndAbandonVoidsTheHoldsAndRejectsTheOrders() {
        available.put(1L, 1_000L);
        fundsDown = true;
        Submission a = place(1, 1, "a", 100);

        assertThatThrownBy(() -> reservations.reserve(List.of(a), MARKET)).isInstanceOf(IllegalStateException.class);
        fundsDown = false;
        reservations.abandon(List.of(a), ErrorCode.SERVICE_UNAVAILABLE);

        assertThat(code(a)).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(voided).containsExactly("order-1");
        assertThat(orders.status).containsEntry(1L, "REJECTED:SERVICE_UNAVAILABLE");
    }

    @Test
    void whenEvenTheVoidFailsTheOrderStaysPendingForTheSweeperAndTheCallerHearsNotPlaced() {
        Submission a = place(1, 1, "a", 100);
        orders.insertPending(List.of(a.order()));
        fundsDown = true;

        reservations.abandon(List.of(a), ErrorCode.SERVICE_UNAVAILABLE);

        assertThat(code(a)).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(orders.status).containsEntry(1L, "PENDING");
    }

    @Test
    void riskControlThatCannotBeAskedRefusesTheBatchWithNothingFrozen() {
        available.put(1L, 1_000L);
        riskRefusesUsers.add(-1L);
        Submission a = place(1, 1, "a", 100);

        assertThat(reservations.reserve(List.of(a), MARKET)).isEmpty();

        assertThat(code(a)).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(frozen).isEmpty();
    }

    @Test
    void aUserAtTheOpenOrdersCapCannotAddARestingOrderButCanStillTradeOut() {
        available.put(1L, 1_000L);
        available.put(2L, 1_000L);
        Submission first = place(1, 1, "a", 1);
        Submission second = place(2, 1, "b", 1);
        Submission otherUser = place(3, 2, "c", 1);
        assertThat(reservations.reserve(List.of(first, second, otherUser), MARKET)).hasSize(3);

        // user 1 has 2 unfinished orders; the cap is 3: of two more resting orders in one batch only one fits
        Submission third = place(4, 1, "d", 1);
        Submission fourth = place(5, 1, "e", 1);
        Submission ioc = new Submission(new PlaceOrder(6, 1, Side.BUY, OrderType.LIMIT, TimeInForce.IOC, false, 1, 1),
                new OrderRecord(6, 1, "f", "BTC-USD", "BUY", "LIMIT", "IOC", false, 1, 1, 0, "USD", 1,
                        OrderStatus.PENDING, null, 0), Long.MAX_VALUE);
        List<Submission> passed = reservations.reserve(List.of(third, fourth, ioc), MARKET);

        assertThat(passed).containsExactly(third, ioc);
        assertThat(code(fourth)).isEqualTo(ErrorCode.TOO_MANY_OPEN_ORDERS);
        assertThat(orders.status).containsEntry(5L, "REJECTED:TOO_MANY_OPEN_ORDERS");
        assertThat(frozen).doesNotContainKey("order-5").containsKeys("order-4", "order-6");
    }

    @Test
    void riskControlJudgesEachOrderWithTheMarketsFactsAndTheUsersOpenOrdersBeforeIt() {
        available.put(1L, 1_000L);
        assertThat(reservations.reserve(List.of(place(1, 1, "a", 1)), MARKET)).hasSize(1);
        checksSeen.clear();
        Submission second = place(2, 1, "b", 1);
        Submission third = place(3, 1, "c", 1);
        Submission marketSell = new Submission(new PlaceOrder(4, 1, Side.SELL, OrderType.MARKET, TimeInForce.IOC,
                false, 0, 1), new OrderRecord(4, 1, "d", "BTC-USD", "SELL", "MARKET", "IOC", false, 0, 1, 0, "BTC", 1,
                OrderStatus.PENDING, null, 0), Long.MAX_VALUE);

        reservations.reserve(List.of(second, third, marketSell), MARKET);

        assertThat(checksSeen).extracting(OrderRiskCheck::openOrders).containsExactly(1, 2, 3);
        assertThat(checksSeen).extracting(OrderRiskCheck::price).containsExactly(1L, 1L, 29_500L);
        assertThat(checksSeen).allSatisfy(c -> {
            assertThat(c.lastTradePrice()).isEqualTo(30_000);
            assertThat(c.bestBid()).isEqualTo(29_990);
            assertThat(c.bestAsk()).isEqualTo(30_010);
        });
    }

    @Test
    void anAmendThatAddsRiskIsJudgedAsTheAmendedOrderAndItsAddedHoldFrozenUnderItsOwnReference() {
        available.put(1L, 1_000L);
        orders.open(7, 1);
        Submission dearer = amend(7, 1, 70, 11, 4, 300);

        assertThat(reservations.reserve(List.of(dearer), MARKET)).containsExactly(dearer);

        assertThat(amends.status).containsEntry(70L, "PENDING");
        assertThat(frozen).containsExactly(Map.entry("order-7-amend-70", 300L));
        assertThat(checksSeen).singleElement().satisfies(c -> {
            assertThat(c.price()).isEqualTo(11);
            assertThat(c.quantity()).as("the new untraded quantity").isEqualTo(4 - 1);
            assertThat(c.openOrders()).as("the user's other open orders").isZero();
            assertThat(c.lastTradePrice()).isEqualTo(30_000);
        });
    }

    @Test
    void anAmendThatAsksForLessIsNeitherJudgedNorHeld() {
        orders.open(7, 1);
        Submission smaller = amend(7, 1, 70, 10, 2, 0);

        assertThat(reservations.reserve(List.of(smaller), MARKET)).containsExactly(smaller);

        assertThat(checksSeen).isEmpty();
        assertThat(frozen).isEmpty();
        assertThat(amends.status).containsEntry(70L, "PENDING");
    }

    @Test
    void amendsRefusedByRiskOrTheLedgerAreStoredRefusedAndHoldNothing() {
        available.put(2L, 10L);
        riskRefusesUsers.add(3L);
        Submission poor = amend(8, 2, 80, 10, 5, 300);
        Submission risky = amend(9, 3, 90, 12, 3, 5);

        assertThat(reservations.reserve(List.of(poor, risky), MARKET)).isEmpty();

        assertThat(code(poor)).isEqualTo(ErrorCode.INSUFFICIENT_FUNDS);
        assertThat(code(risky)).isEqualTo(ErrorCode.RISK_REJECTED);
        assertThat(amends.status).containsEntry(80L, "REFUSED:INSUFFICIENT_FUNDS").containsEntry(90L, "REFUSED:RISK_REJECTED");
        assertThat(frozen).isEmpty();
    }

    @Test
    void anAmendThatNeverReachesTheLogHasItsHoldVoidedAndTheOrderStaysAsItWas() {
        available.put(1L, 1_000L);
        Submission dearer = amend(7, 1, 70, 11, 4, 300);
        reservations.reserve(List.of(dearer), MARKET);

        reservations.abandon(List.of(dearer), ErrorCode.SERVICE_UNAVAILABLE);

        assertThat(code(dearer)).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(voided).containsExactly("order-7-amend-70");
        assertThat(frozen).isEmpty();
        assertThat(available.get(1L)).isEqualTo(1_000L);
        assertThat(amends.status).containsEntry(70L, "REFUSED:SERVICE_UNAVAILABLE");
    }

    /** An amend of open BUY {@code orderId} (price 10, quantity 3, 1 filled) to these terms, with a hold added. */
    private static Submission amend(long orderId, long userId, long amendId, long price, long quantity, long hold) {
        OrderRecord order = new OrderRecord(orderId, userId, "o-" + orderId, "BTC-USD", "BUY", "LIMIT", "GTC", false,
                10, 3, 1, "USD", 31, OrderStatus.PARTIALLY_FILLED, null, 0);
        return new Submission(new AmendOrder(orderId, userId, amendId, price, quantity, hold, false), order,
                Long.MAX_VALUE);
    }

    private List<RiskDecision> risk(List<OrderRiskCheck> checks) {
        checksSeen.addAll(checks);
        if (riskRefusesUsers.contains(-1L)) {
            throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "risk down");
        }
        return checks.stream().map(c -> riskRefusesUsers.contains(c.userId())
                ? RiskDecision.reject("test", "refused") : RiskDecision.accept()).toList();
    }

    private static Submission place(long orderId, long userId, String clientOrderId, long reserved) {
        PlaceOrder order = new PlaceOrder(orderId, userId, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, false, 1, 1);
        return new Submission(order, record(orderId, userId, clientOrderId, reserved), Long.MAX_VALUE);
    }

    private static OrderRecord record(long orderId, long userId, String clientOrderId, long reserved) {
        return new OrderRecord(orderId, userId, clientOrderId, "BTC-USD", "BUY", "LIMIT", "GTC", false, 1, 1, 0,
                "USD", reserved, OrderStatus.PENDING, null, 0);
    }

    private static Throwable cause(Submission s) {
        try {
            s.outcome().get();
            throw new AssertionError("not refused");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static ErrorCode code(Submission s) {
        return ((BusinessException) cause(s)).code();
    }

    private final class MemoryHolds implements Holds {
        @Override
        public List<MovementResult> freezeAll(List<Hold> holds) {
            if (fundsDown) {
                throw new IllegalStateException("fund-provider down");
            }
            List<MovementResult> results = new ArrayList<>();
            for (Hold h : holds) {
                long have = available.getOrDefault(h.userId(), 0L);
                if (have < h.amount()) {
                    results.add(MovementResult.refused(h.reference(), ErrorCode.INSUFFICIENT_FUNDS));
                } else {
                    available.put(h.userId(), have - h.amount());
                    frozen.put(h.reference(), h.amount());
                    results.add(MovementResult.done(h.reference()));
                }
            }
            return results;
        }

        @Override
        public List<MovementResult> voidAll(List<Hold> holds) {
            if (fundsDown) {
                throw new IllegalStateException("fund-provider down");
            }
            holds.forEach(h -> {
                voided.add(h.reference());
                Long back = frozen.remove(h.reference());
                if (back != null) {
                    available.merge(h.userId(), back, Long::sum);
                }
            });
            return holds.stream().map(h -> MovementResult.done(h.reference())).toList();
        }

        @Override
        public List<MovementResult> releaseAll(List<Hold> releases) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<MovementResult> settleAll(List<FillSettlement> fills) {
            throw new UnsupportedOperationException();
        }
    }

    /** Amends in a map: status by amend id ("PENDING", "REFUSED:reason"). */
    static final class MemoryAmends implements Amends {
        final Map<Long, String> status = new HashMap<>();

        @Override
        public void insertPending(List<AmendRecord> records) {
            records.forEach(a -> status.put(a.amendId(), "PENDING"));
        }

        @Override
        public void refuseAll(List<Refusal> refusals) {
            refusals.forEach(r -> status.computeIfPresent(r.amendId(),
                    (id, s) -> s.equals("PENDING") ? "REFUSED:" + r.reason() : s));
        }

        @Override
        public List<AmendRecord> pendingBefore(long beforeMs, int limit) {
            return List.of();
        }

        @Override
        public List<Release> dueReleases(int limit) {
            return List.of();
        }

        @Override
        public void markReleased(List<Release> released) {
        }
    }

    /** Orders in a map: status by order id ("PENDING", "REJECTED:reason"), clientOrderIds unique per user. */
    static final class MemoryOrders implements Orders {
        final Map<Long, String> status = new HashMap<>();
        final Map<Long, Long> userOf = new HashMap<>();
        final Set<Long> gtc = new HashSet<>();
        final Map<String, Long> byClientOrderId = new HashMap<>();
        final Map<Long, OrderRecord> records = new HashMap<>();

        /** An order as stored, for reads by id. */
        void put(OrderRecord order) {
            records.put(order.orderId(), order);
        }

        /** An order of the user's that is already open (LIMIT GTC, NEW). */
        void open(long orderId, long userId) {
            status.put(orderId, "NEW");
            userOf.put(orderId, userId);
            gtc.add(orderId);
        }

        @Override
        public OpenOrderCounts unfinishedGtcCounts(java.util.Collection<Long> userIds) {
            OpenOrderCounts counts = new OpenOrderCounts();
            status.forEach((orderId, s) -> {
                long user = userOf.get(orderId);
                if (userIds.contains(user) && gtc.contains(orderId) && (s.equals("PENDING") || s.equals("NEW"))) {
                    counts.add(user, "BTC-USD", 1);
                }
            });
            return counts;
        }

        @Override
        public Set<Long> insertPending(List<OrderRecord> records) {
            Set<Long> repeated = new HashSet<>();
            for (OrderRecord o : records) {
                if (byClientOrderId.putIfAbsent(o.userId() + "/" + o.clientOrderId(), o.orderId()) != null) {
                    repeated.add(o.orderId());
                } else {
                    status.put(o.orderId(), "PENDING");
                    userOf.put(o.orderId(), o.userId());
                    if (o.type().equals("LIMIT") && o.timeInForce().equals("GTC")) {
                        gtc.add(o.orderId());
                    }
                }
            }
            return repeated;
        }

        @Override
        public void rejectAll(List<Rejection> rejections) {
            rejections.forEach(r -> status.computeIfPresent(r.orderId(),
                    (id, s) -> s.equals("PENDING") ? "REJECTED:" + r.reason() : s));
        }

        @Override
        public Optional<OrderRecord> byId(long userId, long orderId) {
            return Optional.ofNullable(records.get(orderId)).filter(o -> o.userId() == userId);
        }

        @Override
        public Optional<OrderRecord> byClientOrderId(long userId, String clientOrderId) {
            return Optional.empty();
        }

        @Override
        public List<OrderRecord> list(long userId, String symbolOrNull, boolean openOnly, int limit) {
            return List.of();
        }

        @Override
        public org.opentrade.api.trade.OrderPage page(long userId, String symbolOrNull, boolean openOnly,
                org.opentrade.api.page.TimeWindow window,
                org.opentrade.trade.application.history.OrderCursor afterOrNull, int limit) {
            return new org.opentrade.api.trade.OrderPage(List.of(), null);
        }

        @Override
        public long countOpen(long userId, String symbolOrNull) {
            return 0;
        }

        @Override
        public List<OrderRecord> pendingBefore(long beforeMs, int limit) {
            return List.of();
        }

        @Override
        public List<Release> dueReleases(int limit) {
            return List.of();
        }

        @Override
        public void markReleased(List<Release> released) {
        }
    }
}
