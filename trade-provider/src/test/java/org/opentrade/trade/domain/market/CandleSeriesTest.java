package org.opentrade.trade.domain.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentrade.api.trade.CandleInterval;

class CandleSeriesTest {
    static final long MINUTE = 60_000;

    /** The candle of minute {@code m}, as of trade {@code lastTradeId}. */
    static Candle minute(long m, long lastTradeId) {
        return new Candle(CandleInterval.M1, m * MINUTE, 1, 1, 1, 1, 1, 1, 1, lastTradeId, lastTradeId);
    }

    static List<Long> minutes(List<Candle> candles) {
        return candles.stream().map(c -> c.openTimeMs() / MINUTE).toList();
    }

    @Test
    void fewerRowsThanTheCapacityAreTheWholeHistory() {
        CandleSeries series = CandleSeries.loaded(List.of(minute(5, 5), minute(3, 3)), 10);

        assertThat(series.completeFromMs()).isEqualTo(CandleSeries.ALL);
        assertThat(series.latest(0, 10)).hasValueSatisfying(l -> assertThat(minutes(l)).containsExactly(3L, 5L));
        assertThat(series.from(0, 0, 10)).hasValueSatisfying(l -> assertThat(minutes(l)).containsExactly(3L, 5L));
    }

    @Test
    void aFullLoadIsCompleteFromItsOldestRowAndOlderQuestionsGoToTheDatabase() {
        CandleSeries series = CandleSeries.loaded(List.of(minute(9, 9), minute(8, 8), minute(6, 6)), 3);

        assertThat(series.completeFromMs()).isEqualTo(6 * MINUTE);
        assertThat(series.from(6 * MINUTE, 0, 10)).hasValueSatisfying(l -> assertThat(minutes(l)).containsExactly(6L, 8L, 9L));
        assertThat(series.from(5 * MINUTE, 0, 10)).as("minute 5 might exist").isEmpty();
        assertThat(series.latest(0, 3)).hasValueSatisfying(l -> assertThat(minutes(l)).containsExactly(6L, 8L, 9L));
        assertThat(series.latest(0, 4)).as("a fourth, older one might exist").isEmpty();
        assertThat(series.latest(9 * MINUTE, 2)).hasValueSatisfying(l -> assertThat(minutes(l)).containsExactly(6L, 8L));
        assertThat(series.latest(8 * MINUTE, 2)).isEmpty();
    }

    @Test
    void rangesAreHalfOpenAndLimited() {
        List<Candle> rows = new ArrayList<>();
        for (long m = 1; m <= 10; m++) {
            rows.add(minute(m, m));
        }
        CandleSeries series = CandleSeries.loaded(rows, 100);

        assertThat(series.from(3 * MINUTE, 6 * MINUTE, 10)).hasValueSatisfying(l -> assertThat(minutes(l))
                .containsExactly(3L, 4L, 5L));
        assertThat(series.from(3 * MINUTE, 0, 2)).hasValueSatisfying(l -> assertThat(minutes(l)).containsExactly(3L, 4L));
        assertThat(series.latest(6 * MINUTE, 2)).hasValueSatisfying(l -> assertThat(minutes(l)).containsExactly(4L, 5L));
        assertThat(series.from(11 * MINUTE, 0, 5)).hasValueSatisfying(l -> assertThat(l).isEmpty());
    }

    @Test
    void onlyANewerStateReplacesACandleSoOrderAndRepeatsDoNotMatter() {
        CandleSeries series = CandleSeries.loaded(List.of(), 10);

        assertThat(series.merge(minute(1, 7))).isTrue();
        assertThat(series.merge(minute(1, 5))).as("an older state read late").isFalse();
        assertThat(series.merge(minute(1, 7))).as("the same state again").isFalse();
        assertThat(series.merge(minute(1, 9))).isTrue();

        assertThat(series.latest(0, 1)).hasValueSatisfying(l -> assertThat(l.get(0).lastTradeId()).isEqualTo(9));
    }

    @Test
    void beyondTheCapacityTheOldestLeaveAndTheSeriesIsCompleteFromTheOldestKept() {
        CandleSeries series = CandleSeries.loaded(List.of(), 3);
        for (long m = 1; m <= 5; m++) {
            series.merge(minute(m, m));
        }

        assertThat(series.size()).isEqualTo(3);
        assertThat(series.completeFromMs()).isEqualTo(3 * MINUTE);
        assertThat(series.merge(minute(2, 99))).as("below what memory answers for").isFalse();
        assertThat(series.latest(0, 3)).hasValueSatisfying(l -> assertThat(minutes(l)).containsExactly(3L, 4L, 5L));
        assertThat(series.from(2 * MINUTE, 0, 3)).isEmpty();
    }

    @Test
    void aSymbolsCursorMovesOnlyOverFoldsThatFollowIt() {
        SymbolCandles symbol = SymbolCandles.loaded(10, java.util.Map.of(), null, 10);

        symbol.merge(20, 30, List.of(minute(1, 30)));
        assertThat(symbol.cursor()).as("trades 11-20 were folded elsewhere: read them back first").isEqualTo(10);
        symbol.merge(10, 30, List.of(minute(1, 30)));
        assertThat(symbol.cursor()).isEqualTo(30);
        symbol.merge(5, 25, List.of());
        assertThat(symbol.cursor()).isEqualTo(30);
    }
}
