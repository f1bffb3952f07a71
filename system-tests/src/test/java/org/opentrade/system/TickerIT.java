package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The 24-hour ticker against the real stack, on a symbol of this run's own: before any trade it has no prices and zero
 * volume; after four known trades GET /market/{symbol}/ticker and its entry in GET /market/tickers show exactly their
 * open, high, low, last, change, volumes and count, over a window of the current minute and the 1,439 before it.
 */
class TickerIT {
    static final long ONE = Money.ONE;
    static final String SYMBOL = TestMarkets.symbol("TK");
    static final Duration BUILT_WITHIN = Duration.ofSeconds(20);
    static final String[][] TRADES = {{"30000.00", "0.010000"}, {"30600.00", "0.020000"}, {"29400.00", "0.015000"},
            {"30300.00", "0.010000"}};

    @Test
    void theTickerShowsTheDaysTradesAndNothingBeforeTheFirst() throws Exception {
        JsonNode before = ticker();
        for (String price : new String[] {"last", "open", "high", "low", "change", "changePercent"}) {
            assertThat(before.path(price).isNull() || before.path(price).isMissingNode()).as(price + " in " + before)
                    .isTrue();
        }
        assertThat(Money.units(before.get("volume").asText())).isZero();
        assertThat(before.get("trades").asLong()).isZero();

        Api.Session seller = Money.fundedUser("ticker-seller", "BTC", ONE);
        Api.Session buyer = Money.fundedUser("ticker-buyer", "USD", 10_000 * ONE);
        Throwable failure = null;
        try {
            for (String[] t : TRADES) {
                Trading.cross(seller, buyer, SYMBOL, t[0], t[1]);
            }
            JsonNode after = awaitTrades(TRADES.length);
            assertThat(after.get("symbol").asText()).isEqualTo(SYMBOL);
            assertThat(after.get("open").asText()).isEqualTo("30000");
            assertThat(after.get("high").asText()).isEqualTo("30600");
            assertThat(after.get("low").asText()).isEqualTo("29400");
            assertThat(after.get("last").asText()).isEqualTo("30300");
            assertThat(after.get("change").asText()).isEqualTo("300");
            assertThat(after.get("changePercent").asText()).isEqualTo("1.00");
            assertThat(after.get("volume").asText()).isEqualTo("0.055");
            // 300 + 612 + 441 + 303: each trade's notional, price times quantity
            assertThat(after.get("quoteVolume").asText()).isEqualTo("1656");
            assertThat(after.get("trades").asLong()).isEqualTo(4);
            long openTime = Instant.parse(after.get("openTime").asText()).toEpochMilli();
            long closeTime = Instant.parse(after.get("closeTime").asText()).toEpochMilli();
            assertThat(openTime % 60_000).as("the window starts on a minute").isZero();
            assertThat(closeTime - openTime).as("23 h 59 min to 24 h")
                    .isBetween(Duration.ofMinutes(1439).toMillis(), Duration.ofDays(1).toMillis() - 1);
            assertThat(MarketTrades.stored(SYMBOL)).allSatisfy(t -> assertThat(t.tradedAtMs()).isBetween(openTime,
                    closeTime));

            JsonNode listed = entryOf(Api.get("/api/v1/market/tickers", null));
            for (String field : new String[] {"last", "open", "high", "low", "change", "changePercent", "volume",
                    "quoteVolume", "trades"}) {
                assertThat(listed.get(field)).as(field).isEqualTo(after.get(field));
            }
        } catch (Exception | AssertionError e) {
            failure = e;
            throw e;
        } finally {
            Trading.cleanUp(failure, seller, buyer);
        }
    }

    @Test
    void anUnknownSymbolHasNoTicker() {
        Api.assertError(Api.get("/api/v1/market/NOPE-USD/ticker", null), 400, "UNKNOWN_SYMBOL");
    }

    private static JsonNode ticker() {
        Api.Reply reply = Api.get("/api/v1/market/" + SYMBOL + "/ticker", null);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.body();
    }

    private static JsonNode awaitTrades(int count) {
        long deadline = System.nanoTime() + BUILT_WITHIN.toNanos();
        JsonNode ticker = ticker();
        while (ticker.get("trades").asLong() < count && System.nanoTime() < deadline) {
            Trading.sleep(200);
            ticker = ticker();
        }
        return ticker;
    }

    private static JsonNode entryOf(Api.Reply tickers) {
        assertThat(tickers.status()).as(tickers.raw()).isEqualTo(200);
        for (JsonNode entry : tickers.body()) {
            if (SYMBOL.equals(entry.get("symbol").asText())) {
                return entry;
            }
        }
        throw new AssertionError(SYMBOL + " not in " + tickers.raw());
    }
}
