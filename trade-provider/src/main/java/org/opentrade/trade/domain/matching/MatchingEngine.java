package org.opentrade.trade.domain.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.command.AmendOrder;
import org.opentrade.trade.domain.matching.command.CancelOrder;
import org.opentrade.trade.domain.matching.command.EngineCommand;
import org.opentrade.trade.domain.matching.command.PlaceOrder;
import org.opentrade.trade.domain.matching.event.CancelRejected;
import org.opentrade.trade.domain.matching.event.EngineEvent;
import org.opentrade.trade.domain.matching.event.OrderAccepted;
import org.opentrade.trade.domain.matching.event.OrderCanceled;
import org.opentrade.trade.domain.matching.event.OrderFilled;
import org.opentrade.trade.domain.matching.event.OrderRejected;

/**
 * The price-time matching engine of one symbol. Single writer: exactly one thread calls
 * {@link #execute}; it is not thread-safe and needs no locks. Deterministic: no clock, no
 * randomness, no hash-order iteration, so the same commands always give the same events and
 * the same {@link #stateHash()}; replaying a durable log of commands rebuilds the book exactly.
 *
 * <p>Self-trade prevention, "expire taker": when the next maker in priority belongs to the
 * taker's own user, matching stops there and the taker's remainder is canceled
 * ({@link CancelReason#SELF_TRADE_PREVENTION}); fills before that point stand and the resting
 * order is untouched. The newer order is the one that would have caused the self-trade, and
 * expiring it never changes anybody else's resting orders. It applies to GTC orders as well (the
 * remainder does not rest, which also keeps the book uncrossed) and FOK counts only liquidity
 * ahead of the user's own first order.
 *
 * <p>Post-only orders that would take are rejected, not repriced: a price the client did not
 * choose is worse than a clear rejection.
 */
public final class MatchingEngine {

    private final Instrument instrument;
    private final EngineLimits limits;
    private final OrderBook book = new OrderBook();
    private final Matcher matcher;
    private final Amender amender;
    private long lastSequence;

    public MatchingEngine(Instrument instrument, EngineLimits limits) {
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.matcher = new Matcher(instrument, book);
        this.amender = new Amender(instrument, limits, book, matcher);
        // Level totals and FOK sums add up to at most the whole book: prove they cannot overflow.
        if ((long) limits.ordersPerBookMax() > Long.MAX_VALUE / instrument.quantityMax()) {
            throw new IllegalArgumentException("ordersPerBookMax * quantityMax must fit a long");
        }
    }

    /** A fresh engine that has applied {@code commands} in order: recovery from a command log. */
    public static MatchingEngine rebuild(Instrument instrument, EngineLimits limits, List<? extends EngineCommand> commands) {
        MatchingEngine engine = new MatchingEngine(instrument, limits);
        engine.replay(commands);
        return engine;
    }

    /**
     * An engine in exactly the state {@code snapshot} describes: same counters, same resting orders in the same
     * priority. Refuses a snapshot whose state hash the rebuilt book does not reproduce.
     */
    public static MatchingEngine restore(Instrument instrument, EngineLimits limits, EngineSnapshot snapshot) {
        MatchingEngine engine = new MatchingEngine(instrument, limits);
        engine.lastSequence = snapshot.lastSequence();
        engine.matcher.restoreLastTradeId(snapshot.lastTradeId());
        for (RestingOrder resting : snapshot.orders()) {
            Order order = new Order(resting.orderId(), resting.userId(), resting.side(), resting.price(),
                    resting.quantity(), resting.reservedAmount());
            order.remaining = resting.remainingQuantity();
            order.consumed = resting.consumedAmount();
            order.feeCarryPpm = resting.feeCarryPpm();
            engine.book.rest(order);
        }
        if (engine.stateHash() != snapshot.stateHash()) {
            throw new IllegalArgumentException("snapshot at " + snapshot.lastSequence() + " does not reproduce its state hash");
        }
        return engine;
    }

    /** The engine's whole state now, for {@link #restore}. */
    public EngineSnapshot snapshot() {
        List<RestingOrder> orders = new ArrayList<>(book.orderCount());
        orders.addAll(restingOrders(Side.BUY));
        orders.addAll(restingOrders(Side.SELL));
        return new EngineSnapshot(lastSequence, matcher.lastTradeId(), stateHash(), orders);
    }

    /** Applies each command in order; exactly the same as calling {@link #execute} for each. */
    public List<ExecutionResult> replay(List<? extends EngineCommand> commands) {
        List<ExecutionResult> results = new ArrayList<>(commands.size());
        for (EngineCommand command : commands) {
            results.add(execute(command));
        }
        return results;
    }

    public ExecutionResult execute(EngineCommand command) {
        Objects.requireNonNull(command, "command");
        long sequence = ++lastSequence;
        List<EngineEvent> events = new ArrayList<>(4);
        if (command instanceof PlaceOrder place) {
            place(sequence, place, events);
        } else if (command instanceof CancelOrder cancel) {
            cancel(cancel, events);
        } else if (command instanceof AmendOrder amend) {
            amender.amend(sequence, amend, events);
        } else {
            throw new IllegalArgumentException("unknown command " + command);
        }
        return new ExecutionResult(sequence, events);
    }

    private void place(long sequence, PlaceOrder command, List<EngineEvent> events) {
        Order taker = null;
        MatchResultCode code = admissionCheck(command);
        if (code == MatchResultCode.OK) {
            long limitPrice = effectiveLimit(command);
            taker = limitPrice == 0 ? null : newOrder(command, limitPrice);
            code = taker == null ? MatchResultCode.NO_LIQUIDITY : bookCheck(command, taker);
        }
        if (code != MatchResultCode.OK) {
            events.add(new OrderRejected(command.orderId(), command.userId(), code));
            return;
        }
        events.add(new OrderAccepted(command.orderId(), command.userId(), command.side(), command.type(),
                command.timeInForce(), taker.price, command.quantity(), taker.reserved));
        boolean selfTrade = matcher.match(taker, sequence, events);
        complete(command, taker, selfTrade, events);
    }

    /** Checks that need no price: the command's own validity, duplicates, capacity to rest. */
    private MatchResultCode admissionCheck(PlaceOrder command) {
        MatchResultCode code = OrderValidation.check(instrument, command);
        if (code != MatchResultCode.OK) {
            return code;
        }
        if (book.contains(command.orderId())) {
            return MatchResultCode.DUPLICATE_ORDER_ID;
        }
        if (command.type() != OrderType.LIMIT || command.timeInForce() != TimeInForce.GTC) {
            return MatchResultCode.OK;
        }
        // Checked up front, before anything trades, so a rejection is all-or-nothing.
        if (book.orderCount() >= limits.ordersPerBookMax()) {
            return MatchResultCode.BOOK_FULL;
        }
        BookSide own = book.side(command.side());
        if (own.levelCount() >= limits.priceLevelsPerSideMax() && !own.hasLevel(command.price())) {
            return MatchResultCode.PRICE_LEVELS_FULL;
        }
        return MatchResultCode.OK;
    }

    /** Checks against the opposite side: post-only must not take, FOK must fill completely. */
    private MatchResultCode bookCheck(PlaceOrder command, Order taker) {
        PriceLevel bestOpposite = book.side(command.side().opposite()).best();
        if (command.postOnly() && bestOpposite != null && taker.crosses(bestOpposite.price)) {
            return MatchResultCode.POST_ONLY_WOULD_TAKE;
        }
        if (command.timeInForce() == TimeInForce.FOK && !book.canFill(taker, command.quantity())) {
            return MatchResultCode.FOK_NOT_FILLABLE;
        }
        return MatchResultCode.OK;
    }

    /** The LIMIT price, or a MARKET order's protection price; 0 when a MARKET order has no price to protect. */
    private long effectiveLimit(PlaceOrder command) {
        if (command.type() == OrderType.LIMIT) {
            return command.price();
        }
        long protection = marketProtectionPrice(command.side());
        if (protection == 0 || command.price() == 0) {
            return protection;
        }
        return command.side() == Side.BUY ? Math.min(protection, command.price()) : Math.max(protection, command.price());
    }

    private Order newOrder(PlaceOrder command, long limitPrice) {
        long reserved = Reservation.forOrder(instrument, command.side(), command.type(), command.price(),
                limitPrice, command.quantity());
        return new Order(command.orderId(), command.userId(), command.side(), limitPrice, command.quantity(), reserved);
    }

    /** After matching: the taker is filled, expired, or rests (GTC). */
    private void complete(PlaceOrder command, Order taker, boolean selfTrade, List<EngineEvent> events) {
        if (taker.remaining == 0) {
            events.add(new OrderFilled(taker.orderId, taker.userId, taker.unconsumed()));
        } else if (selfTrade) {
            events.add(canceled(taker, CancelReason.SELF_TRADE_PREVENTION));
        } else if (command.type() == OrderType.MARKET || command.timeInForce() != TimeInForce.GTC) {
            events.add(canceled(taker, CancelReason.IMMEDIATE_REMAINDER));
        } else {
            book.rest(taker);
        }
    }

    private void cancel(CancelOrder command, List<EngineEvent> events) {
        Order order = book.find(command.orderId());
        if (order == null || order.userId != command.userId()) {
            events.add(new CancelRejected(command.orderId(), command.userId(), MatchResultCode.ORDER_NOT_FOUND));
            return;
        }
        book.remove(order);
        events.add(canceled(order, CancelReason.USER_REQUESTED));
    }

    static OrderCanceled canceled(Order order, CancelReason reason) {
        return new OrderCanceled(order.orderId, order.userId, order.remaining, order.unconsumed(), reason);
    }

    public Instrument instrument() {
        return instrument;
    }

    /** Sequence number of the last command executed (0 before the first). */
    public long lastSequence() {
        return lastSequence;
    }

    /** Id of the last trade (0 before the first); trade ids are dense. */
    public long lastTradeId() {
        return matcher.lastTradeId();
    }

    /** Best price on {@code side}, or 0 when that side is empty. */
    public long bestPrice(Side side) {
        return book.side(side).bestPrice();
    }

    /**
     * The price a MARKET order on {@code side} would be bounded by if it arrived now (best
     * opposite price moved by the band), or 0 when the opposite side is empty. A service that
     * freezes funds ahead reserves a MARKET BUY at this price and passes it in the command.
     */
    public long marketProtectionPrice(Side side) {
        long bestOpposite = book.side(side.opposite()).bestPrice();
        return bestOpposite == 0 ? 0 : MarketProtection.price(instrument, side, bestOpposite);
    }

    public int restingOrderCount() {
        return book.orderCount();
    }

    public Optional<RestingOrder> restingOrder(long orderId) {
        Order order = book.find(orderId);
        return order == null ? Optional.empty() : Optional.of(order.snapshot());
    }

    /** Resting orders of one side in priority order (best price first, then arrival). */
    public List<RestingOrder> restingOrders(Side side) {
        List<RestingOrder> orders = new ArrayList<>();
        for (PriceLevel level : book.side(side).levels()) {
            for (Order order = level.head; order != null; order = order.next) {
                orders.add(order.snapshot());
            }
        }
        return orders;
    }

    /** Up to {@code levelsMax} aggregated levels of one side, best first. */
    public List<DepthLevel> depth(Side side, int levelsMax) {
        if (levelsMax <= 0) {
            throw new IllegalArgumentException("levelsMax must be > 0");
        }
        List<DepthLevel> levels = new ArrayList<>(Math.min(levelsMax, book.side(side).levelCount()));
        for (PriceLevel level : book.side(side).levels()) {
            if (levels.size() >= levelsMax) {
                break;
            }
            levels.add(new DepthLevel(level.price, level.totalQuantity, level.orderCount));
        }
        return levels;
    }

    /**
     * A deterministic fingerprint of everything that decides future output: counters, and every
     * resting order with its accounting, in priority order. Equal after recovery, or recovery failed.
     */
    public long stateHash() {
        StateHash hash = new StateHash().add(lastSequence).add(matcher.lastTradeId()).add(book.orderCount());
        for (Side side : Side.values()) {
            hash.add(side.ordinal()).add(book.side(side).levelCount());
            for (PriceLevel level : book.side(side).levels()) {
                hash.add(level.price).add(level.totalQuantity).add(level.orderCount);
                for (Order order = level.head; order != null; order = order.next) {
                    hash.add(order.orderId).add(order.userId).add(order.price).add(order.quantity).add(order.remaining)
                            .add(order.reserved).add(order.consumed).add(order.feeCarryPpm);
                }
            }
        }
        return hash.value();
    }

    /** For the invariant checks of tests in this package. */
    OrderBook book() {
        return book;
    }
}
