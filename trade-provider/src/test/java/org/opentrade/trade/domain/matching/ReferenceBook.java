package org.opentrade.trade.domain.matching;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.command.AmendOrder;
import org.opentrade.trade.domain.matching.command.CancelOrder;
import org.opentrade.trade.domain.matching.command.EngineCommand;
import org.opentrade.trade.domain.matching.command.PlaceOrder;
import org.opentrade.trade.domain.matching.event.AmendRejected;
import org.opentrade.trade.domain.matching.event.CancelRejected;
import org.opentrade.trade.domain.matching.event.EngineEvent;
import org.opentrade.trade.domain.matching.event.OrderAccepted;
import org.opentrade.trade.domain.matching.event.OrderAmended;
import org.opentrade.trade.domain.matching.event.OrderCanceled;
import org.opentrade.trade.domain.matching.event.OrderFilled;
import org.opentrade.trade.domain.matching.event.OrderRejected;
import org.opentrade.trade.domain.matching.event.Trade;

/**
 * A deliberately naive model of the engine for randomized comparison: one flat list of resting
 * orders in arrival order, sorted again before every single fill, and all money in BigInteger.
 * It shares no code with the engine beyond the public command and event types, so the two can
 * only agree if both implement the rules.
 */
final class ReferenceBook implements RandomCommands.LiveOrders {

    private static final BigInteger UNITS = BigInteger.valueOf(100_000_000L);
    private static final BigInteger PPM = BigInteger.valueOf(1_000_000L);

    private final Instrument instrument;
    private final EngineLimits limits;
    private final List<RefOrder> resting = new ArrayList<>();
    private long sequence;
    private long tradeId;
    private long arrivals;

    ReferenceBook(Instrument instrument, EngineLimits limits) {
        this.instrument = instrument;
        this.limits = limits;
    }

    private static final class RefOrder {
        long id;
        long user;
        Side side;
        long price;
        long quantity;
        long remaining;
        long reserved;
        long consumed;
        BigInteger feeExactPpm = BigInteger.ZERO;
        long arrival;
    }

    ExecutionResult execute(EngineCommand command) {
        sequence++;
        List<EngineEvent> events = new ArrayList<>();
        if (command instanceof PlaceOrder place) {
            place(place, events);
        } else if (command instanceof AmendOrder amend) {
            amend(amend, events);
        } else {
            cancel((CancelOrder) command, events);
        }
        return new ExecutionResult(sequence, events);
    }

    /** Resting orders of one side, best price first, then oldest first. */
    List<RestingOrder> snapshot(Side side) {
        return priority(side, resting.stream().filter(o -> o.side == side).toList()).stream()
                .map(o -> new RestingOrder(o.id, o.user, o.side, o.price, o.quantity, o.remaining, o.reserved, o.consumed,
                        o.feeExactPpm.mod(PPM).longValueExact()))
                .toList();
    }

    /** A uniformly chosen resting order, or null: the random test cancels these. */
    @Override
    public RestingOrder pick(SplittableRandom random) {
        if (resting.isEmpty()) {
            return null;
        }
        RefOrder o = resting.get(random.nextInt(resting.size()));
        return new RestingOrder(o.id, o.user, o.side, o.price, o.quantity, o.remaining, o.reserved, o.consumed, 0);
    }

    @Override
    public int size() {
        return resting.size();
    }

    private void place(PlaceOrder c, List<EngineEvent> events) {
        MatchResultCode code = validate(c);
        long limit = 0;
        if (code == MatchResultCode.OK) {
            limit = c.type() == OrderType.LIMIT ? c.price() : marketLimit(c);
            if (limit == 0) {
                code = MatchResultCode.NO_LIQUIDITY;
            }
        }
        if (code == MatchResultCode.OK && c.postOnly() && !candidates(c.side(), limit).isEmpty()) {
            code = MatchResultCode.POST_ONLY_WOULD_TAKE;
        }
        if (code == MatchResultCode.OK && c.timeInForce() == TimeInForce.FOK && !fillable(c, limit)) {
            code = MatchResultCode.FOK_NOT_FILLABLE;
        }
        if (code != MatchResultCode.OK) {
            events.add(new OrderRejected(c.orderId(), c.userId(), code));
            return;
        }
        RefOrder taker = new RefOrder();
        taker.id = c.orderId();
        taker.user = c.userId();
        taker.side = c.side();
        taker.price = limit;
        taker.quantity = c.quantity();
        taker.remaining = c.quantity();
        taker.reserved = reservation(c, limit);
        events.add(new OrderAccepted(c.orderId(), c.userId(), c.side(), c.type(), c.timeInForce(), limit, c.quantity(),
                taker.reserved));
        boolean selfTrade = match(taker, events);
        finish(c, taker, selfTrade, events);
    }

    private MatchResultCode validate(PlaceOrder c) {
        if (c.orderId() <= 0) {
            return MatchResultCode.INVALID_ORDER_ID;
        }
        if (c.userId() <= 0) {
            return MatchResultCode.INVALID_USER_ID;
        }
        if (c.quantity() <= 0 || c.quantity() > instrument.quantityMax()) {
            return MatchResultCode.QUANTITY_OUT_OF_RANGE;
        }
        if (c.quantity() % instrument.quantityStep() != 0) {
            return MatchResultCode.INVALID_QUANTITY_STEP;
        }
        boolean noPrice = c.type() == OrderType.MARKET && c.price() == 0;
        if (!noPrice && (c.price() <= 0 || c.price() > instrument.priceMax())) {
            return MatchResultCode.PRICE_OUT_OF_RANGE;
        }
        if (!noPrice && c.price() % instrument.priceTick() != 0) {
            return MatchResultCode.INVALID_PRICE_TICK;
        }
        boolean gtcLimit = c.type() == OrderType.LIMIT && c.timeInForce() == TimeInForce.GTC;
        if (c.type() == OrderType.MARKET && c.timeInForce() == TimeInForce.GTC) {
            return MatchResultCode.INVALID_TIME_IN_FORCE;
        }
        if (c.postOnly() && !gtcLimit) {
            return MatchResultCode.POST_ONLY_NOT_ALLOWED;
        }
        if (resting.stream().anyMatch(o -> o.id == c.orderId())) {
            return MatchResultCode.DUPLICATE_ORDER_ID;
        }
        if (gtcLimit && resting.size() >= limits.ordersPerBookMax()) {
            return MatchResultCode.BOOK_FULL;
        }
        long levels = resting.stream().filter(o -> o.side == c.side()).mapToLong(o -> o.price).distinct().count();
        boolean known = resting.stream().anyMatch(o -> o.side == c.side() && o.price == c.price());
        if (gtcLimit && levels >= limits.priceLevelsPerSideMax() && !known) {
            return MatchResultCode.PRICE_LEVELS_FULL;
        }
        return MatchResultCode.OK;
    }

    /** Best opposite moved by the band, rounded onto the tick towards it; combined with the caller's cap. */
    private long marketLimit(PlaceOrder c) {
        List<RefOrder> opposite = priority(c.side().opposite(),
                resting.stream().filter(o -> o.side != c.side()).toList());
        if (opposite.isEmpty()) {
            return 0;
        }
        BigInteger best = BigInteger.valueOf(opposite.get(0).price);
        BigInteger offset = best.multiply(BigInteger.valueOf(instrument.marketProtectionBandPpm())).divide(PPM);
        BigInteger tick = BigInteger.valueOf(instrument.priceTick());
        long protection;
        if (c.side() == Side.BUY) {
            BigInteger raw = best.add(offset);
            protection = raw.subtract(raw.mod(tick)).min(BigInteger.valueOf(instrument.priceMax())).longValueExact();
        } else {
            BigInteger raw = best.subtract(offset);
            BigInteger up = raw.mod(tick).signum() == 0 ? raw : raw.subtract(raw.mod(tick)).add(tick);
            protection = up.max(tick).longValueExact();
        }
        if (c.price() == 0) {
            return protection;
        }
        return c.side() == Side.BUY ? Math.min(protection, c.price()) : Math.max(protection, c.price());
    }

    private long reservation(PlaceOrder c, long limit) {
        if (c.side() == Side.SELL) {
            return c.quantity();
        }
        long reservePrice = c.type() == OrderType.LIMIT || c.price() > 0 ? c.price() : limit;
        BigInteger notional = notional(reservePrice, c.quantity());
        BigInteger fee = ceilDiv(notional.multiply(BigInteger.valueOf(instrument.takerFeeRatePpm())), PPM);
        return notional.add(fee).longValueExact();
    }

    /** Opposite orders the taker's price reaches, own orders included, in priority order. */
    private List<RefOrder> candidates(Side takerSide, long limit) {
        List<RefOrder> reachable = resting.stream()
                .filter(o -> o.side != takerSide)
                .filter(o -> takerSide == Side.BUY ? o.price <= limit : o.price >= limit)
                .toList();
        return priority(takerSide.opposite(), reachable);
    }

    private boolean fillable(PlaceOrder c, long limit) {
        long sum = 0;
        for (RefOrder maker : candidates(c.side(), limit)) {
            if (maker.user == c.userId()) {
                return false;
            }
            sum += maker.remaining;
            if (sum >= c.quantity()) {
                return true;
            }
        }
        return false;
    }

    private boolean match(RefOrder taker, List<EngineEvent> events) {
        while (taker.remaining > 0) {
            List<RefOrder> reachable = candidates(taker.side, taker.price);
            if (reachable.isEmpty()) {
                return false;
            }
            RefOrder maker = reachable.get(0);
            if (maker.user == taker.user) {
                return true;
            }
            long quantity = Math.min(maker.remaining, taker.remaining);
            BigInteger notional = notional(maker.price, quantity);
            long makerFee = charge(maker, quantity, notional, instrument.makerFeeRatePpm());
            long takerFee = charge(taker, quantity, notional, instrument.takerFeeRatePpm());
            maker.remaining -= quantity;
            taker.remaining -= quantity;
            events.add(new Trade(sequence, ++tradeId, taker.side, maker.price, quantity, notional.longValueExact(),
                    maker.id, maker.user, makerFee, used(maker.side, quantity, notional, makerFee),
                    taker.id, taker.user, takerFee, used(taker.side, quantity, notional, takerFee)));
            if (maker.remaining == 0) {
                resting.remove(maker);
                events.add(new OrderFilled(maker.id, maker.user, maker.reserved - maker.consumed));
            }
        }
        return false;
    }

    /** Fee as the increase of ceil(exact running total); books the hold the fill uses. */
    private static long charge(RefOrder order, long quantity, BigInteger notional, long ratePpm) {
        BigInteger before = ceilDiv(order.feeExactPpm, PPM);
        order.feeExactPpm = order.feeExactPpm.add(notional.multiply(BigInteger.valueOf(ratePpm)));
        long fee = ceilDiv(order.feeExactPpm, PPM).subtract(before).longValueExact();
        order.consumed += used(order.side, quantity, notional, fee);
        return fee;
    }

    private static long used(Side side, long quantity, BigInteger notional, long fee) {
        return side == Side.BUY ? notional.longValueExact() + fee : quantity;
    }

    private void finish(PlaceOrder c, RefOrder taker, boolean selfTrade, List<EngineEvent> events) {
        if (taker.remaining == 0) {
            events.add(new OrderFilled(taker.id, taker.user, taker.reserved - taker.consumed));
        } else if (selfTrade) {
            events.add(new OrderCanceled(taker.id, taker.user, taker.remaining, taker.reserved - taker.consumed,
                    CancelReason.SELF_TRADE_PREVENTION));
        } else if (c.type() == OrderType.MARKET || c.timeInForce() != TimeInForce.GTC) {
            events.add(new OrderCanceled(taker.id, taker.user, taker.remaining, taker.reserved - taker.consumed,
                    CancelReason.IMMEDIATE_REMAINDER));
        } else {
            taker.arrival = ++arrivals;
            resting.add(taker);
        }
    }

    private void cancel(CancelOrder c, List<EngineEvent> events) {
        RefOrder found = resting.stream().filter(o -> o.id == c.orderId() && o.user == c.userId()).findFirst().orElse(null);
        if (found == null) {
            events.add(new CancelRejected(c.orderId(), c.userId(), MatchResultCode.ORDER_NOT_FOUND));
            return;
        }
        resting.remove(found);
        events.add(new OrderCanceled(found.id, found.user, found.remaining, found.reserved - found.consumed,
                CancelReason.USER_REQUESTED));
    }

    /**
     * Amend, written from the rules rather than from the engine: same price and no larger keeps the arrival, anything
     * else arrives again (and may trade); the hold left becomes the most the rest can still consume.
     */
    private void amend(AmendOrder c, List<EngineEvent> events) {
        RefOrder found = resting.stream().filter(o -> o.id == c.orderId() && o.user == c.userId()).findFirst().orElse(null);
        MatchResultCode code = found == null ? MatchResultCode.ORDER_NOT_FOUND : checkAmend(c, found);
        if (code != MatchResultCode.OK) {
            events.add(new AmendRejected(c.orderId(), c.userId(), c.amendId(), code, c.holdAdded()));
            return;
        }
        long filled = found.quantity - found.remaining;
        long needed = stillNeeded(found, c.price(), c.quantity() - filled);
        long released = c.holdAdded() - (needed - (found.reserved - found.consumed));
        boolean keeps = c.price() == found.price && c.quantity() <= found.quantity;
        found.price = c.price();
        found.quantity = c.quantity();
        found.remaining = c.quantity() - filled;
        found.reserved = found.consumed + needed;
        events.add(new OrderAmended(found.id, found.user, c.amendId(), found.price, found.quantity, found.remaining,
                found.reserved, c.holdAdded(), released, keeps));
        if (keeps) {
            return;
        }
        resting.remove(found);
        boolean selfTrade = match(found, events);
        if (found.remaining == 0) {
            events.add(new OrderFilled(found.id, found.user, found.reserved - found.consumed));
        } else if (selfTrade) {
            events.add(new OrderCanceled(found.id, found.user, found.remaining, found.reserved - found.consumed,
                    CancelReason.SELF_TRADE_PREVENTION));
        } else {
            found.arrival = ++arrivals;
            resting.add(found);
        }
    }

    private MatchResultCode checkAmend(AmendOrder c, RefOrder order) {
        if (c.quantity() <= 0 || c.quantity() > instrument.quantityMax()) {
            return MatchResultCode.QUANTITY_OUT_OF_RANGE;
        }
        if (c.quantity() % instrument.quantityStep() != 0) {
            return MatchResultCode.INVALID_QUANTITY_STEP;
        }
        if (c.price() <= 0 || c.price() > instrument.priceMax()) {
            return MatchResultCode.PRICE_OUT_OF_RANGE;
        }
        if (c.price() % instrument.priceTick() != 0) {
            return MatchResultCode.INVALID_PRICE_TICK;
        }
        long filled = order.quantity - order.remaining;
        if (c.quantity() <= filled) {
            return MatchResultCode.AMEND_BELOW_FILLED;
        }
        boolean keeps = c.price() == order.price && c.quantity() <= order.quantity;
        if (!keeps && c.postOnly() && !candidates(order.side, c.price()).isEmpty()) {
            return MatchResultCode.POST_ONLY_WOULD_TAKE;
        }
        long levels = resting.stream().filter(o -> o.side == order.side).mapToLong(o -> o.price).distinct().count();
        boolean known = resting.stream().anyMatch(o -> o.side == order.side && o.price == c.price());
        boolean alone = resting.stream().filter(o -> o.side == order.side && o.price == order.price).count() == 1;
        if (!keeps && levels >= limits.priceLevelsPerSideMax() && !known && !alone) {
            return MatchResultCode.PRICE_LEVELS_FULL;
        }
        long needed = stillNeeded(order, c.price(), c.quantity() - filled);
        if (needed - (order.reserved - order.consumed) > c.holdAdded()) {
            return MatchResultCode.AMEND_HOLD_SHORT;
        }
        return MatchResultCode.OK;
    }

    /** A SELL's base; a BUY's notional at the limit plus the growth of its rounded-up exact fee at the taker rate. */
    private long stillNeeded(RefOrder order, long price, long remaining) {
        if (order.side == Side.SELL) {
            return remaining;
        }
        BigInteger notional = notional(price, remaining);
        BigInteger feeAfter = ceilDiv(order.feeExactPpm.add(notional.multiply(BigInteger.valueOf(instrument.takerFeeRatePpm()))), PPM);
        return notional.add(feeAfter).subtract(ceilDiv(order.feeExactPpm, PPM)).longValueExact();
    }

    /** Sorts a copy: best price for that side first, then arrival. */
    private static List<RefOrder> priority(Side side, List<RefOrder> orders) {
        Comparator<RefOrder> byPrice = side == Side.BUY
                ? Comparator.comparingLong(o -> -o.price)
                : Comparator.comparingLong(o -> o.price);
        List<RefOrder> sorted = new ArrayList<>(orders);
        sorted.sort(byPrice.thenComparingLong(o -> o.arrival));
        return sorted;
    }

    private static BigInteger notional(long price, long quantity) {
        return BigInteger.valueOf(price).multiply(BigInteger.valueOf(quantity)).divide(UNITS);
    }

    private static BigInteger ceilDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }
}
