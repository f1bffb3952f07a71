package org.opentrade.trade.domain.matching;

import java.util.SplittableRandom;

import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.command.AmendOrder;
import org.opentrade.trade.domain.matching.command.CancelOrder;
import org.opentrade.trade.domain.matching.command.EngineCommand;
import org.opentrade.trade.domain.matching.command.PlaceOrder;

/**
 * A seeded stream of engine commands that exercises every path: all order types and times in
 * force, post-only, market caps, cancels of live, finished, unknown and other users' orders,
 * amends of every kind (down in place, up, repriced passively or across the book, refused),
 * invalid input, duplicate ids, and few enough users that self-trades are frequent. Prices stay
 * around a slowly drifting mid: most rest a few ticks behind it, some sweep through it.
 */
final class RandomCommands {

    /** Which resting order to cancel or amend; supplied by whoever keeps the book. */
    interface LiveOrders {
        RestingOrder pick(SplittableRandom random);

        int size();
    }

    /** Around this many resting orders the stream cancels as much as it adds. */
    static final int RESTING_TARGET = 600;

    static final int USERS = 5;

    private final SplittableRandom random;
    private final Instrument instrument;
    private long midTicks;
    private long nextOrderId = 1;

    RandomCommands(long seed, Instrument instrument, long midTicks) {
        this.random = new SplittableRandom(seed);
        this.instrument = instrument;
        this.midTicks = midTicks;
    }

    static RandomCommands btcUsd(long seed) {
        return new RandomCommands(seed, TestInstruments.btcUsd(), 10_000);
    }

    static RandomCommands awkward(long seed) {
        return new RandomCommands(seed, TestInstruments.awkward(), 100_000_000);
    }

    EngineCommand next(LiveOrders live) {
        if (random.nextInt(200) == 0) {
            midTicks = Math.max(100, midTicks + random.nextInt(-3, 4));
        }
        int roll = random.nextInt(100);
        if (roll < cancelPercent(live.size())) {
            return cancel(live);
        }
        roll = random.nextInt(100);
        if (roll < 20) {
            return cancel(live);
        }
        if (roll < 28) {
            return amend(live);
        }
        if (roll < 30) {
            return invalid(live);
        }
        if (roll < 40) {
            return market();
        }
        return limit();
    }

    /** More cancels as the book grows, so its depth hovers around the target instead of drifting. */
    private static int cancelPercent(int resting) {
        return resting < RESTING_TARGET / 2 ? 0 : resting < RESTING_TARGET ? 15 : 40;
    }

    private EngineCommand cancel(LiveOrders live) {
        RestingOrder target = live.pick(random);
        int kind = random.nextInt(10);
        if (target == null || kind == 9) {
            long id = random.nextBoolean() ? 1 + random.nextLong(nextOrderId) : nextOrderId + 1_000;
            return new CancelOrder(id, user());
        }
        long user = kind == 8 ? target.userId() % USERS + 1 : target.userId();
        return new CancelOrder(target.orderId(), user);
    }

    /**
     * Mostly what the service would send (the hold it would freeze, from the order as it is), sometimes a hold too
     * small or larger than needed, an amend of someone else's, of an unknown order, or one that is invalid.
     */
    private EngineCommand amend(LiveOrders live) {
        RestingOrder target = live.pick(random);
        if (target == null) {
            return new AmendOrder(nextOrderId + 1_000, user(), nextOrderId++, price(side()), quantity(), 0, false);
        }
        long filled = target.filledQuantity();
        long step = instrument.quantityStep();
        long price = target.price();
        long quantity = target.quantity();
        switch (random.nextInt(6)) {
            case 0 -> quantity = filled + step * (1 + random.nextLong(Math.max(1, (quantity - filled) / step)));
            case 1 -> quantity = quantity + step * (1 + random.nextLong(50));
            case 2 -> price = price(target.side());
            case 3 -> {
                price = price(target.side());
                quantity = filled + step * (1 + random.nextLong(200));
            }
            case 4 -> quantity = random.nextBoolean() ? filled : quantity + Math.max(1, step / 2);
            default -> { } // the same terms again
        }
        long hold = quantity > filled && quantity <= instrument.quantityMax() && quantity % step == 0
                ? Reservation.forAmend(instrument, target.side(), target.price(), target.quantity(), filled, price, quantity)
                : 0;
        int holdRoll = random.nextInt(10);
        hold = holdRoll == 0 ? hold / 2 : holdRoll == 1 ? hold + random.nextLong(1, 1_000) : hold;
        long user = random.nextInt(15) == 0 ? target.userId() % USERS + 1 : target.userId();
        return new AmendOrder(target.orderId(), user, nextOrderId++, price, quantity, hold, random.nextInt(5) == 0);
    }

    private PlaceOrder limit() {
        int tifRoll = random.nextInt(100);
        TimeInForce tif = tifRoll < 70 ? TimeInForce.GTC : tifRoll < 85 ? TimeInForce.IOC : TimeInForce.FOK;
        boolean postOnly = tif == TimeInForce.GTC && random.nextInt(5) == 0;
        Side side = side();
        return new PlaceOrder(nextOrderId++, user(), side, OrderType.LIMIT, tif, postOnly, price(side), quantity());
    }

    private PlaceOrder market() {
        TimeInForce tif = random.nextInt(5) == 0 ? TimeInForce.FOK : TimeInForce.IOC;
        Side side = side();
        long cap = random.nextBoolean() ? 0 : price(side);
        return new PlaceOrder(nextOrderId++, user(), side, OrderType.MARKET, tif, false, cap, quantity());
    }

    private PlaceOrder invalid(LiveOrders live) {
        PlaceOrder valid = limit();
        long tick = instrument.priceTick();
        long step = instrument.quantityStep();
        return switch (random.nextInt(7)) {
            case 0 -> withPrice(valid, valid.price() + Math.max(1, tick / 2));
            case 1 -> withQuantity(valid, valid.quantity() + Math.max(1, step / 2));
            case 2 -> withQuantity(valid, 0);
            case 3 -> withPrice(valid, instrument.priceMax() + tick);
            case 4 -> new PlaceOrder(valid.orderId(), valid.userId(), valid.side(), OrderType.MARKET, TimeInForce.GTC,
                    false, 0, valid.quantity());
            case 5 -> new PlaceOrder(valid.orderId(), valid.userId(), valid.side(), OrderType.LIMIT, TimeInForce.IOC,
                    true, valid.price(), valid.quantity());
            default -> duplicateOf(valid, live.pick(random));
        };
    }

    private static PlaceOrder duplicateOf(PlaceOrder order, RestingOrder live) {
        long id = live == null ? order.orderId() : live.orderId();
        return new PlaceOrder(id, order.userId(), order.side(), order.type(), order.timeInForce(), order.postOnly(),
                order.price(), order.quantity());
    }

    private static PlaceOrder withPrice(PlaceOrder o, long price) {
        return new PlaceOrder(o.orderId(), o.userId(), o.side(), o.type(), o.timeInForce(), o.postOnly(), price, o.quantity());
    }

    private static PlaceOrder withQuantity(PlaceOrder o, long quantity) {
        return new PlaceOrder(o.orderId(), o.userId(), o.side(), o.type(), o.timeInForce(), o.postOnly(), o.price(), quantity);
    }

    private long user() {
        return 1 + random.nextInt(USERS);
    }

    private Side side() {
        return random.nextBoolean() ? Side.BUY : Side.SELL;
    }

    /**
     * Mostly passive prices spread over ~30 ticks behind the mid, so the book gets deep; one
     * order in ten is aggressive and sweeps several levels.
     */
    private long price(Side side) {
        long behindMid = random.nextInt(10) == 0 ? -random.nextInt(1, 25) : random.nextInt(-2, 30);
        long ticks = side == Side.BUY ? midTicks - behindMid : midTicks + behindMid;
        return Math.max(1, ticks) * instrument.priceTick();
    }

    private long quantity() {
        int roll = random.nextInt(100);
        long stepsMax = roll < 60 ? 10 : roll < 95 ? 200 : 5_000;
        return instrument.quantityStep() * (1 + random.nextLong(stepsMax));
    }
}
