package org.opentrade.trade.domain.matching;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.command.CancelOrder;
import org.opentrade.trade.domain.matching.command.EngineCommand;
import org.opentrade.trade.domain.matching.command.PlaceOrder;

/**
 * The matching engine alone, one thread, on a book kept near {@code depth} resting orders over a
 * few hundred price levels. Commands are generated on the fly from a seeded random (a few ns
 * each) so the book stays in a steady state however long the run:
 * <ul>
 *   <li>{@code mixed}: ~15 % aggressive IOC/GTC limits and market orders that sweep one or more
 *       makers; the rest passive GTC limits and cancels (oldest first, some of orders already
 *       filled) in about equal numbers;</li>
 *   <li>{@code mixedWithHolds}: the same commands behind a balance check per order and the bookkeeping of
 *       fills and releases ({@link HoldLedger}), as a peer whose figure includes its risk stage does;</li>
 *   <li>{@code placeCancel}: passive placement and cancel only, no matching.</li>
 * </ul>
 * The book is kept near {@code depth} by its real resting count (filled orders are not counted as live).
 * One operation is one command. Run: see the report of issue 5 or trade-provider's bench profile.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class MatchingEngineBenchmark {

    private static final long MID_PRICE = 10_000_000_000L; // 100.00
    private static final long TICK = 1_000_000L;           // 0.01
    private static final long STEP = 100L;                 // 0.000001
    private static final int USERS = 64;
    private static final int PASSIVE_TICKS_MAX = 200;
    /** Ring of GTC order ids in placement order; must exceed the largest depth benchmarked. */
    private static final int GTC_RING = 1 << 20;

    @Param({"4000"})
    public int depth;

    private MatchingEngine engine;
    private HoldLedger holds;
    private SplittableRandom random;
    private final long[] gtcIds = new long[GTC_RING];
    private long gtcPlaced;
    private long gtcCanceled;
    private long nextOrderId = 1;

    @Setup
    public void setUp() {
        Instrument btcUsd = new Instrument("BTC-USD", "BTC", "USD", TICK, STEP,
                100_000_000_000_000L, 1_000_000_000_000L, 500, 1_000, 50_000);
        engine = new MatchingEngine(btcUsd, EngineLimits.DEFAULT);
        holds = new HoldLedger(btcUsd, USERS, Long.MAX_VALUE / 4, Long.MAX_VALUE / 4);
        random = new SplittableRandom(20240501L);
        while (engine.restingOrderCount() < depth) {
            engine.execute(passive());
        }
    }

    /** Shows that the run did what it claims: the book stayed near its depth and orders traded. */
    @TearDown
    public void report() {
        System.out.printf("%n[engine] commands %d, trades %d, resting %d (target %d)%n",
                engine.lastSequence(), engine.lastTradeId(), engine.restingOrderCount(), depth);
    }

    @Benchmark
    public ExecutionResult mixed() {
        return engine.execute(nextMixed());
    }

    @Benchmark
    public ExecutionResult mixedWithHolds() {
        EngineCommand command = nextMixed();
        if (command instanceof PlaceOrder place
                && !holds.reserve(place, engine.marketProtectionPrice(place.side()))) {
            return null;
        }
        ExecutionResult result = engine.execute(command);
        holds.apply(result);
        return result;
    }

    @Benchmark
    public ExecutionResult placeCancel() {
        return engine.execute(engine.restingOrderCount() < depth ? passive() : cancelOldest());
    }

    /**
     * Orders are canceled oldest first once {@code depth} orders rest, so each lives a while and
     * the book neither drains nor grows; some cancels find their order already filled, as in
     * real traffic.
     */
    private EngineCommand nextMixed() {
        if (random.nextInt(100) < 15) {
            return aggressive();
        }
        return engine.restingOrderCount() < depth ? passive() : cancelOldest();
    }

    /** A GTC limit 1..200 ticks behind the mid: rests. */
    private PlaceOrder passive() {
        boolean buy = random.nextBoolean();
        long ticksBehind = 1 + random.nextInt(PASSIVE_TICKS_MAX);
        long price = buy ? MID_PRICE - ticksBehind * TICK : MID_PRICE + ticksBehind * TICK;
        long id = nextGtcId();
        return new PlaceOrder(id, userOf(id), buy ? Side.BUY : Side.SELL, OrderType.LIMIT, TimeInForce.GTC, false,
                price, quantity());
    }

    /** Reaches 0..3 ticks past the best opposite price: fills one or several makers (IOC, GTC or MARKET). */
    private PlaceOrder aggressive() {
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        int kind = random.nextInt(10);
        if (kind == 0) {
            long id = nextOrderId++;
            return new PlaceOrder(id, userOf(id), side, OrderType.MARKET, TimeInForce.IOC, false, 0, quantity() * 4);
        }
        long best = engine.bestPrice(side.opposite());
        long through = random.nextInt(4) * TICK;
        long price = best == 0 ? MID_PRICE : side == Side.BUY ? best + through : best - through;
        TimeInForce tif = kind < 6 ? TimeInForce.IOC : TimeInForce.GTC;
        long id = tif == TimeInForce.GTC ? nextGtcId() : nextOrderId++;
        return new PlaceOrder(id, userOf(id), side, OrderType.LIMIT, tif, false, price, quantity() * 4);
    }

    private long nextGtcId() {
        long id = nextOrderId++;
        gtcIds[(int) (gtcPlaced++ & (GTC_RING - 1))] = id;
        return id;
    }

    private CancelOrder cancelOldest() {
        long id = gtcIds[(int) (gtcCanceled++ & (GTC_RING - 1))];
        return new CancelOrder(id, userOf(id));
    }

    private long quantity() {
        return STEP * (1 + random.nextInt(1_000));
    }

    private static long userOf(long orderId) {
        return 1 + orderId % USERS;
    }
}
