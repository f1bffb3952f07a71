package org.opentrade.trade.domain.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.opentrade.api.trade.CandleInterval;

class TickerWindowTest {
    static final long ONE = 100_000_000L;
    static final int CAPACITY = 1_500;

    static long ms(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    static MarketTrade trade(long id, long price, String at) {
        return new MarketTrade(id, price * ONE, ONE, price * ONE, ms(at));
    }

    static SymbolCandles built(List<MarketTrade> trades) {
        return built(trades, CAPACITY);
    }

    static SymbolCandles built(List<MarketTrade> trades, int capacity) {
        SymbolCandles symbol = SymbolCandles.loaded(0, Map.of(), null, capacity);
        symbol.merge(0, trades.size(), CandleFold.fold(Map.of(), trades));
        return symbol;
    }

    @Test
    void theWindowIsTheCurrentMinuteAndThe1439BeforeIt() {
        long now = ms("2026-03-15T12:00:30Z");
        assertThat(Instant.ofEpochMilli(TickerWindow.openTimeMs(now))).isEqualTo(Instant.parse("2026-03-14T12:01:00Z"));
        assertThat(TickerWindow.openTimeMs(ms("2026-03-15T12:00:59.999Z"))).isEqualTo(TickerWindow.openTimeMs(now));
        assertThat(TickerWindow.openTimeMs(ms("2026-03-15T12:01:00Z"))).isEqualTo(TickerWindow.openTimeMs(now) + 60_000);
    }

    @Test
    void tradesFromTheWindowsFirstMillisecondOnCountAndEarlierOnesDoNot() {
        List<MarketTrade> trades = List.of(trade(1, 50, "2026-03-14T12:00:59.999Z"),
                trade(2, 100, "2026-03-14T12:01:00Z"), trade(3, 120, "2026-03-15T03:00:00Z"),
                trade(4, 90, "2026-03-15T11:59:00Z"), trade(5, 105, "2026-03-15T12:00:10Z"));

        Ticker t = built(trades).ticker(ms("2026-03-15T12:00:30Z"));

        assertThat(t.open()).isEqualTo(100 * ONE);
        assertThat(t.high()).isEqualTo(120 * ONE);
        assertThat(t.low()).isEqualTo(90 * ONE);
        assertThat(t.last()).isEqualTo(105 * ONE);
        assertThat(t.volume()).isEqualTo(4 * ONE);
        assertThat(t.quoteVolume()).isEqualTo((100 + 120 + 90 + 105) * ONE);
        assertThat(t.tradeCount()).isEqualTo(4);
        assertThat(t.lastTradeId()).isEqualTo(5);
        assertThat(t.openTimeMs()).isEqualTo(ms("2026-03-14T12:01:00Z"));
        assertThat(t.closeTimeMs()).isEqualTo(ms("2026-03-15T12:00:30Z"));
    }

    @Test
    void whenTheWindowMovesPastATradeItLeavesTheFigures() {
        SymbolCandles symbol = built(List.of(trade(1, 100, "2026-03-14T12:01:30Z"), trade(2, 110, "2026-03-14T18:00:00Z")));

        assertThat(symbol.ticker(ms("2026-03-15T12:00:59.999Z")).open()).isEqualTo(100 * ONE);
        Ticker later = symbol.ticker(ms("2026-03-15T12:01:00Z"));
        assertThat(later.open()).isEqualTo(110 * ONE);
        assertThat(later.tradeCount()).isEqualTo(1);
        assertThat(later.last()).isEqualTo(110 * ONE);
    }

    @Test
    void withNoTradeInTheWindowTheLastPriceStandsAndTheVolumesAreZero() {
        Ticker t = built(List.of(trade(1, 100, "2026-03-10T12:00:00Z"), trade(2, 95, "2026-03-11T12:00:00Z")))
                .ticker(ms("2026-03-15T12:00:00Z"));

        assertThat(new long[] {t.last(), t.open(), t.high(), t.low()}).containsOnly(95 * ONE);
        assertThat(new long[] {t.volume(), t.quoteVolume(), t.tradeCount()}).containsOnly(0);
        assertThat(t.lastTradeId()).isEqualTo(2);
    }

    @Test
    void aSymbolThatNeverTradedHasNoPrices() {
        Ticker t = SymbolCandles.loaded(0, Map.of(), null, CAPACITY).ticker(ms("2026-03-15T12:00:00Z"));

        assertThat(t.lastTradeId()).isZero();
        assertThat(new long[] {t.last(), t.open(), t.high(), t.low(), t.volume(), t.tradeCount()}).containsOnly(0);
    }

    @Test
    void theOpenIsTheFirstTradeByIdAndTheLastTheLastByIdWhateverTheirMinutes() {
        // trade 2 carries an earlier minute than trade 1: it is still the later trade
        Ticker t = built(List.of(trade(1, 100, "2026-03-15T11:00:30Z"), trade(2, 80, "2026-03-15T10:59:59Z")))
                .ticker(ms("2026-03-15T12:00:00Z"));

        assertThat(t.open()).isEqualTo(100 * ONE);
        assertThat(t.last()).isEqualTo(80 * ONE);
    }

    @Test
    void theTickerEqualsAnAggregationOfTheTradesInTheWindowAtAnyTime() {
        Random random = new Random(1440);
        List<MarketTrade> trades = RandomTrades.of(random, 3_000, ms("2026-03-14T00:00:00Z"));
        SymbolCandles symbol = built(trades, 100_000);
        long end = trades.stream().mapToLong(MarketTrade::tradedAtMs).max().orElseThrow();
        for (int i = 0; i < 200; i++) {
            long now = ms("2026-03-14T00:00:00Z") + (long) (random.nextDouble() * (end + 3 * 86_400_000L
                    - ms("2026-03-14T00:00:00Z")));
            long windowStart = CandleInterval.M1.openTimeOf(now) - 1_439 * 60_000L;
            List<MarketTrade> inWindow = trades.stream().filter(tr -> tr.tradedAtMs() >= windowStart).toList();
            Ticker t = symbol.ticker(now);
            assertThat(t.tradeCount()).as("at %s", now).isEqualTo(inWindow.size());
            assertThat(t.volume()).isEqualTo(inWindow.stream().mapToLong(MarketTrade::quantity).sum());
            assertThat(t.last()).isEqualTo(trades.get(trades.size() - 1).price());
            if (!inWindow.isEmpty()) {
                assertThat(t.open()).isEqualTo(inWindow.get(0).price());
                assertThat(t.high()).isEqualTo(inWindow.stream().mapToLong(MarketTrade::price).max().orElseThrow());
                assertThat(t.low()).isEqualTo(inWindow.stream().mapToLong(MarketTrade::price).min().orElseThrow());
            }
        }
    }
}
