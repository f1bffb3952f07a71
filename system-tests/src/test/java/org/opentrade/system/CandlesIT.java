package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Candles over HTTP against the real stack: a known set of trades on a symbol of this run's own, on both sides of a
 * minute boundary, read back from the trade database and aggregated here, independently of trade-provider, must be
 * what GET /market/{symbol}/candles answers for every interval (open and close by trade id, high, low, volume, quote
 * volume, count, UTC-aligned open and close times); windows and limits cut that list as documented; bad input is a
 * 400 with a code.
 */
class CandlesIT {
    static final long ONE = Money.ONE;
    static final String SYMBOL = TestMarkets.symbol("CN");
    /** How long the builder (every 0.5 s) and the caches (every 0.5 s) may take to show the trades. */
    static final Duration BUILT_WITHIN = Duration.ofSeconds(20);
    static final String[][] BEFORE_THE_MINUTE = {{"30000.00", "0.010000"}, {"30120.50", "0.025000"},
            {"29880.25", "0.010500"}, {"30050.00", "0.001000"}, {"30010.75", "0.020000"}};
    static final String[][] AFTER_THE_MINUTE = {{"30200.00", "0.004000"}, {"29950.00", "0.030000"},
            {"30100.10", "0.012345"}, {"30080.00", "0.010000"}};

    @Test
    void candlesOfEveryIntervalAreAnAggregationOfTheStoredTrades() throws Exception {
        Api.Session seller = Money.fundedUser("candle-seller", "BTC", ONE);
        Api.Session buyer = Money.fundedUser("candle-buyer", "USD", 100_000 * ONE);
        Throwable failure = null;
        try {
            if (msToNextMinute() < 10_000) {
                Trading.sleep(msToNextMinute() + 200);
            }
            for (String[] t : BEFORE_THE_MINUTE) {
                Trading.cross(seller, buyer, SYMBOL, t[0], t[1]);
            }
            Trading.sleep(msToNextMinute() + 200);
            for (String[] t : AFTER_THE_MINUTE) {
                Trading.cross(seller, buyer, SYMBOL, t[0], t[1]);
            }

            List<MarketTrades.Stored> trades = MarketTrades.stored(SYMBOL);
            assertThat(trades).hasSize(BEFORE_THE_MINUTE.length + AFTER_THE_MINUTE.length);
            assertTheTapeShowsTheStoredTrades(trades);
            for (Map.Entry<String, Long> interval : MarketTrades.INTERVALS.entrySet()) {
                List<MarketTrades.Candle> expected = MarketTrades.aggregated(trades, interval.getValue());
                assertThat(awaitCandles("interval=" + interval.getKey() + "&limit=1000", expected))
                        .as(interval.getKey()).isEqualTo(expected);
            }
            List<MarketTrades.Candle> minutes = MarketTrades.aggregated(trades, 60_000);
            assertThat(minutes).as("the trades straddle a minute boundary").hasSizeGreaterThanOrEqualTo(2);
            assertWindowsAndLimits(minutes);
        } catch (Exception | AssertionError e) {
            failure = e;
            throw e;
        } finally {
            Trading.cleanUp(failure, seller, buyer);
        }
    }

    @Test
    void badIntervalsLimitsWindowsAndSymbolsAre400sWithACode() {
        for (String query : List.of("", "interval=2m", "interval=1H", "interval=1m&limit=0", "interval=1m&limit=1001",
                "interval=1m&from=yesterday", "interval=1m&from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z",
                "interval=1m&from=1767225600000&to=1767225600000")) {
            Api.assertError(Api.get("/api/v1/market/" + SYMBOL + "/candles?" + query, null), 400, "VALIDATION_FAILED");
        }
        Api.assertError(Api.get("/api/v1/market/NOPE-USD/candles?interval=1m", null), 400, "UNKNOWN_SYMBOL");
    }

    /** The windows of the API: from inclusive, to exclusive, on the open time; limit keeps the newest without from. */
    private static void assertWindowsAndLimits(List<MarketTrades.Candle> minutes) {
        MarketTrades.Candle second = minutes.get(1);
        assertThat(MarketTrades.fromApi(SYMBOL, "interval=1m&from=" + second.openTimeMs()))
                .isEqualTo(minutes.subList(1, minutes.size()));
        assertThat(MarketTrades.fromApi(SYMBOL, "interval=1m&from=" + (second.openTimeMs() - 1)))
                .isEqualTo(minutes.subList(1, minutes.size()));
        assertThat(MarketTrades.fromApi(SYMBOL, "interval=1m&to=" + java.time.Instant.ofEpochMilli(second.openTimeMs())))
                .isEqualTo(minutes.subList(0, 1));
        assertThat(MarketTrades.fromApi(SYMBOL, "interval=1m&from=" + minutes.get(0).openTimeMs() + "&to="
                + second.openTimeMs() + "&limit=5")).isEqualTo(minutes.subList(0, 1));
        assertThat(MarketTrades.fromApi(SYMBOL, "interval=1m&limit=1"))
                .isEqualTo(minutes.subList(minutes.size() - 1, minutes.size()));
        assertThat(MarketTrades.fromApi(SYMBOL, "interval=1m&from=" + minutes.get(0).openTimeMs() + "&limit=1"))
                .isEqualTo(minutes.subList(0, 1));
        assertThat(MarketTrades.fromApi(SYMBOL, "interval=1m&to=" + minutes.get(0).openTimeMs())).isEmpty();
    }

    /** The public tape (what clients can aggregate themselves) holds the same trades. */
    private static void assertTheTapeShowsTheStoredTrades(List<MarketTrades.Stored> trades) {
        Api.Reply tape = Api.get("/api/v1/market/" + SYMBOL + "/trades?limit=500", null);
        assertThat(tape.status()).as(tape.raw()).isEqualTo(200);
        List<String> seen = new ArrayList<>();
        for (JsonNode t : tape.body()) {
            seen.add(t.get("tradeId").asText() + "@" + Money.units(t.get("price").asText()) + "x"
                    + Money.units(t.get("quantity").asText()) + "/" + java.time.Instant.parse(t.get("time").asText())
                    .toEpochMilli());
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(trades.stream().map(t -> SYMBOL + "-" + t.tradeId() + "@"
                + t.price() + "x" + t.quantity() + "/" + t.tradedAtMs()).toList());
    }

    /** The API's answer once it equals EXPECTED, or its last answer after {@link #BUILT_WITHIN}. */
    static List<MarketTrades.Candle> awaitCandles(String query, List<MarketTrades.Candle> expected) {
        long deadline = System.nanoTime() + BUILT_WITHIN.toNanos();
        List<MarketTrades.Candle> answer;
        do {
            answer = MarketTrades.fromApi(SYMBOL, query);
            if (answer.equals(expected)) {
                return answer;
            }
            Trading.sleep(200);
        } while (System.nanoTime() < deadline);
        return answer;
    }

    private static long msToNextMinute() {
        return 60_000 - System.currentTimeMillis() % 60_000;
    }
}
