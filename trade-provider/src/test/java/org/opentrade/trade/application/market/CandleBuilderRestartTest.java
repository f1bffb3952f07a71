package org.opentrade.trade.application.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentrade.api.trade.CandleInterval;
import org.opentrade.api.trade.event.CandleChanged;
import org.opentrade.api.trade.event.TickerChanged;
import org.opentrade.platform.jobs.JobLease;
import org.opentrade.trade.application.events.EventPublisher;
import org.opentrade.trade.domain.market.Candle;
import org.opentrade.trade.domain.market.MarketTrade;
import org.opentrade.trade.domain.market.RandomTrades;
import org.opentrade.trade.domain.market.ReferenceCandles;
import org.opentrade.trade.domain.market.Ticker;
import org.opentrade.trade.domain.matching.TestInstruments;

/**
 * The builder stopped anywhere, restarted any number of times, handed between two processes, with trades committed
 * out of id order and the broker failing now and then, ends with the candles one aggregation of the trades gives; a
 * fresh process's cache and every process's refreshed cache answer the same; the push stream's last word on each
 * live candle is its stored state.
 */
class CandleBuilderRestartTest {
    static final String SYMBOL = "BTC-USD";
    static final long START_MS = Instant.parse("2026-03-14T21:00:00Z").toEpochMilli();

    final Random random = new Random(16);
    final CandlesInMemory store = new CandlesInMemory(SYMBOL, random);
    final RecordingPublisher publisher = new RecordingPublisher(random);
    final List<Process> processes = new ArrayList<>();
    long nowMs = START_MS;

    /** One trade-provider: its builder, cache and event queue; a restart replaces all three. */
    final class Process {
        final MarketDataSettings settings = new MarketDataSettings(500, 10_000, 1 + random.nextInt(60), 3_600_000,
                1_500, random.nextBoolean() ? 40 : 100_000, 10_000);
        final MarketCache cache = new MarketCache(store, settings);
        final CandleBuilder builder = new CandleBuilder(store, new AtomicFolding(store), cache,
                new MarketEvents(publisher, settings), () -> List.of(TestInstruments.btcUsd()), settings, () -> nowMs);

        Process() {
            processes.add(this);
        }
    }

    /** The fold as the database runs it: one transaction. */
    static final class AtomicFolding extends CandleFolding {
        private final CandlesInMemory store;

        AtomicFolding(CandlesInMemory store) {
            super(store);
            this.store = store;
        }

        @Override
        public Folded foldNext(String symbol, int tradesMax) {
            return store.transaction(() -> super.foldNext(symbol, tradesMax));
        }
    }

    @AfterEach
    void stopCaches() {
        processes.forEach(p -> p.cache.destroy());
    }

    @Test
    void candlesSurviveCrashesRestartsAndTakeOversExactly() {
        List<MarketTrade> trades = RandomTrades.of(random, 2_500, START_MS);
        // two processes live throughout (their caches follow every fold, theirs or not), a third keeps restarting
        Process[] running = {new Process(), new Process(), new Process()};
        for (Process p : running) {
            p.cache.ticker(SYMBOL, nowMs);
        }
        int committed = 0;
        store.failRate = 0.05;
        publisher.failRate = 0.2;
        while (committed < trades.size() - 200) {
            committed = commitSome(trades, committed);
            running[random.nextInt(3)].builder.run(JobLease.unbounded(CandleBuilder.JOB));
            if (random.nextInt(3) == 0) {
                running[random.nextInt(3)].cache.refreshOnce();
            }
            if (random.nextInt(10) == 0) {
                running[2] = new Process();
                if (random.nextBoolean()) {
                    running[2].cache.ticker(SYMBOL, nowMs); // a client asked: the symbol is cached there now
                }
            }
        }

        // a last restart, then no more faults: what this process folds, it must publish
        Process last = new Process();
        store.failRate = 0;
        publisher.failRate = 0;
        long cursorBefore = store.cursor;
        publisher.candles.clear();
        while (committed < trades.size()) {
            committed = commitSome(trades, committed);
            last.builder.run(JobLease.unbounded(CandleBuilder.JOB));
        }
        last.builder.run(JobLease.unbounded(CandleBuilder.JOB));

        assertThat(store.cursor).isEqualTo(trades.size());
        assertThat(store.candles).isEqualTo(ReferenceCandles.of(trades));
        for (Process p : List.of(running[0], running[1], running[2], last, new Process())) {
            p.cache.refreshOnce();
            assertCacheAnswersLikeTheStore(p.cache);
        }
        assertLiveCandlesPublishedAsStored(cursorBefore);
        Ticker ticker = last.cache.ticker(SYMBOL, nowMs);
        TickerChanged published = publisher.tickers.get(publisher.tickers.size() - 1);
        assertThat(published.lastTradeId()).isEqualTo(trades.size());
        assertThat(published.last()).isEqualTo(ticker.last());
        assertThat(published.volume()).isEqualTo(ticker.volume());
    }

    /** Commits up to 50 more trades, now and then one before the trade just ahead of it (a gap for a while). */
    private int commitSome(List<MarketTrade> trades, int committed) {
        int to = Math.min(trades.size(), committed + 1 + random.nextInt(50));
        for (int i = committed; i < to; i++) {
            store.commit(trades.get(i));
            nowMs = Math.max(nowMs, trades.get(i).tradedAtMs());
        }
        if (to < trades.size() - 1 && random.nextInt(5) == 0) {
            store.commit(trades.get(to + 1));
        }
        return to;
    }

    private void assertCacheAnswersLikeTheStore(MarketCache cache) {
        for (CandleInterval interval : CandleInterval.values()) {
            List<Candle> expected = store.candles.values().stream().filter(c -> c.interval() == interval)
                    .sorted(Comparator.comparingLong(Candle::openTimeMs)).toList();
            List<Candle> newest = expected.subList(Math.max(0, expected.size() - 1_500), expected.size());
            assertThat(cache.latest(SYMBOL, interval, 0, newest.size())).as(interval.wire()).contains(newest);
            long from = newest.get(newest.size() / 2).openTimeMs();
            assertThat(cache.from(SYMBOL, interval, from, 0, 1_500)).as(interval.wire())
                    .contains(newest.subList(newest.size() / 2, newest.size()));
        }
    }

    private void assertLiveCandlesPublishedAsStored(long cursorBefore) {
        Map<String, CandleChanged> lastPublished = new HashMap<>();
        publisher.candles.forEach(c -> lastPublished.put(c.interval() + "/" + c.openTimeEpochMs(), c));
        int live = 0;
        for (Candle stored : store.candles.values()) {
            if (stored.lastTradeId() <= cursorBefore || stored.closeTimeMs() + stored.interval().millis() <= nowMs) {
                continue;
            }
            live++;
            CandleChanged sent = lastPublished.get(stored.interval().wire() + "/" + stored.openTimeMs());
            assertThat(sent).as("%s", stored).isNotNull();
            assertThat(new long[] {sent.open(), sent.high(), sent.low(), sent.close(), sent.volume(), sent.quoteVolume(),
                    sent.tradeCount(), sent.lastTradeId()}).as("%s", stored).containsExactly(stored.open(), stored.high(),
                    stored.low(), stored.close(), stored.volume(), stored.quoteVolume(), stored.tradeCount(),
                    stored.lastTradeId());
        }
        assertThat(live).as("live candles changed at the end").isGreaterThanOrEqualTo(CandleInterval.values().length);
    }

    /** Keeps what was sent; refuses a send (the broker down) at a seeded rate. */
    static final class RecordingPublisher implements EventPublisher {
        final List<CandleChanged> candles = new ArrayList<>();
        final List<TickerChanged> tickers = new ArrayList<>();
        private final Random random;
        double failRate;

        RecordingPublisher(Random random) {
            this.random = random;
        }

        @Override
        public void publish(String topic, String key, Object event) {
            publishAll(topic, List.of(new Keyed(key, event)));
        }

        @Override
        public void publishAll(String topic, List<Keyed> events) {
            if (random.nextDouble() < failRate) {
                throw new IllegalStateException("broker unavailable");
            }
            for (Keyed keyed : events) {
                assertThat(keyed.key()).isEqualTo(SYMBOL);
                if (keyed.event() instanceof CandleChanged c) {
                    candles.add(c);
                } else if (keyed.event() instanceof TickerChanged t) {
                    tickers.add(t);
                }
            }
        }
    }
}
