package org.opentrade.trade.domain.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.opentrade.api.trade.CandleInterval;

class CandleFoldTest {
    static final long ONE = 100_000_000L;

    static long ms(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    static MarketTrade trade(long id, long price, long quantity, String at) {
        return new MarketTrade(id, price * ONE, quantity * ONE / 100, price * quantity, ms(at));
    }

    static Map<Candle.Key, Candle> byKey(List<Candle> candles) {
        Map<Candle.Key, Candle> map = new HashMap<>();
        candles.forEach(c -> map.put(c.key(), c));
        return map;
    }

    @Test
    void oneTradeOpensACandleOfEveryIntervalOnItsUtcBoundary() {
        List<Candle> candles = CandleFold.fold(Map.of(), List.of(trade(1, 100, 2, "2026-03-14T15:59:26.535Z")));

        assertThat(candles).extracting(Candle::interval).containsExactly(CandleInterval.values());
        assertThat(candles).extracting(c -> Instant.ofEpochMilli(c.openTimeMs()).toString()).containsExactly(
                "2026-03-14T15:59:00Z", "2026-03-14T15:55:00Z", "2026-03-14T15:45:00Z", "2026-03-14T15:00:00Z",
                "2026-03-14T12:00:00Z", "2026-03-14T00:00:00Z");
        assertThat(candles).allSatisfy(c -> {
            assertThat(new long[] {c.open(), c.high(), c.low(), c.close()}).containsOnly(100 * ONE);
            assertThat(c.volume()).isEqualTo(2 * ONE / 100);
            assertThat(c.quoteVolume()).isEqualTo(200);
            assertThat(c.tradeCount()).isEqualTo(1);
        });
    }

    @Test
    void openAndCloseFollowTheTradeIdsNotTheClock() {
        // trade 2 was logged a millisecond "before" trade 1 (an owner with a slower clock took over in between):
        // by trade order, 1 opens and 3 closes
        List<MarketTrade> trades = List.of(trade(1, 100, 1, "2026-03-14T10:00:30.500Z"),
                trade(2, 90, 1, "2026-03-14T10:00:30.499Z"), trade(3, 110, 1, "2026-03-14T10:00:10Z"));

        Candle minute = byKey(CandleFold.fold(Map.of(), trades))
                .get(new Candle.Key(CandleInterval.M1, ms("2026-03-14T10:00:00Z")));

        assertThat(minute.open()).isEqualTo(100 * ONE);
        assertThat(minute.close()).isEqualTo(110 * ONE);
        assertThat(minute.high()).isEqualTo(110 * ONE);
        assertThat(minute.low()).isEqualTo(90 * ONE);
        assertThat(minute.firstTradeId()).isEqualTo(1);
        assertThat(minute.lastTradeId()).isEqualTo(3);
    }

    @Test
    void tradesAcrossBoundariesSplitIntoCandlesPerIntervalAndTheLongerOnesSumThem() {
        List<MarketTrade> trades = List.of(trade(1, 100, 1, "2026-03-14T23:58:59.999Z"),
                trade(2, 101, 2, "2026-03-14T23:59:00Z"), trade(3, 99, 3, "2026-03-14T23:59:59.999Z"),
                trade(4, 102, 4, "2026-03-15T00:00:00Z"));

        Map<Candle.Key, Candle> candles = byKey(CandleFold.fold(Map.of(), trades));

        assertThat(candles.keySet().stream().filter(k -> k.interval() == CandleInterval.M1)).hasSize(3);
        assertThat(candles.keySet().stream().filter(k -> k.interval() == CandleInterval.D1)).hasSize(2);
        Candle lastMinute = candles.get(new Candle.Key(CandleInterval.M1, ms("2026-03-14T23:59:00Z")));
        assertThat(lastMinute.tradeCount()).isEqualTo(2);
        assertThat(lastMinute.open()).isEqualTo(101 * ONE);
        assertThat(lastMinute.close()).isEqualTo(99 * ONE);
        Candle fourHours = candles.get(new Candle.Key(CandleInterval.H4, ms("2026-03-14T20:00:00Z")));
        assertThat(fourHours.tradeCount()).isEqualTo(3);
        assertThat(fourHours.volume()).isEqualTo(6 * ONE / 100);
        assertThat(fourHours.quoteVolume()).isEqualTo(100 + 202 + 297);
        Candle nextDay = candles.get(new Candle.Key(CandleInterval.D1, ms("2026-03-15T00:00:00Z")));
        assertThat(nextDay.open()).isEqualTo(102 * ONE);
        assertThat(nextDay.tradeCount()).isEqualTo(1);
        assertThat(candles).isEqualTo(ReferenceCandles.of(trades));
    }

    @Test
    void foldingPageByPageFromStoredCandlesEqualsOneAggregationOfAllTrades() {
        Random random = new Random(20260314);
        List<MarketTrade> trades = RandomTrades.of(random, 5_000, ms("2026-03-14T21:00:00Z"));
        Map<Candle.Key, Candle> stored = new HashMap<>();
        int from = 0;
        while (from < trades.size()) {
            int to = Math.min(trades.size(), from + 1 + random.nextInt(300));
            List<MarketTrade> page = trades.subList(from, to);
            Map<Candle.Key, Candle> readBack = new HashMap<>();
            for (CandleFold.Span span : CandleFold.spans(page)) {
                stored.forEach((key, candle) -> {
                    if (key.interval() == span.interval() && key.openTimeMs() >= span.fromOpenTimeMs()
                            && key.openTimeMs() <= span.toOpenTimeMs()) {
                        readBack.put(key, candle);
                    }
                });
            }
            CandleFold.fold(readBack, page).forEach(c -> stored.put(c.key(), c));
            from = to;
        }

        assertThat(stored).isEqualTo(ReferenceCandles.of(trades));
    }

    @Test
    void spansCoverEveryCandleThePageFallsIn() {
        List<MarketTrade> trades = List.of(trade(7, 100, 1, "2026-03-14T10:07:00Z"),
                trade(8, 100, 1, "2026-03-14T10:01:00Z"), trade(9, 100, 1, "2026-03-14T10:04:59Z"));

        assertThat(CandleFold.spans(trades)).contains(
                new CandleFold.Span(CandleInterval.M1, ms("2026-03-14T10:01:00Z"), ms("2026-03-14T10:07:00Z")),
                new CandleFold.Span(CandleInterval.M5, ms("2026-03-14T10:00:00Z"), ms("2026-03-14T10:05:00Z")),
                new CandleFold.Span(CandleInterval.D1, ms("2026-03-14T00:00:00Z"), ms("2026-03-14T00:00:00Z")));
    }

    @Test
    void onlyTheTradesRightAfterTheCursorWithoutAGapAreFolded() {
        List<MarketTrade> page = new ArrayList<>(List.of(trade(11, 1, 1, "2026-03-14T10:00:00Z"),
                trade(12, 1, 1, "2026-03-14T10:00:00Z"), trade(14, 1, 1, "2026-03-14T10:00:00Z")));

        assertThat(CandleFold.contiguousAfter(10, page)).extracting(MarketTrade::tradeId).containsExactly(11L, 12L);
        assertThat(CandleFold.contiguousAfter(9, page)).as("trade 10 not committed yet").isEmpty();
        assertThat(CandleFold.contiguousAfter(10, List.of())).isEmpty();
    }

    @Test
    void aCandleTakesOnlyLaterTradesOfItsOwnSpan() {
        Candle candle = Candle.first(CandleInterval.M1, trade(5, 100, 1, "2026-03-14T10:00:00Z"));

        assertThatThrownBy(() -> candle.with(trade(5, 100, 1, "2026-03-14T10:00:01Z")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> candle.with(trade(6, 100, 1, "2026-03-14T10:01:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(candle.with(trade(6, 100, 1, "2026-03-14T10:00:59.999Z")).tradeCount()).isEqualTo(2);
    }
}
