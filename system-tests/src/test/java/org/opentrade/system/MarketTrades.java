package org.opentrade.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A symbol's trades read straight from the trade databases (not through trade-provider), and the candles an
 * independent aggregation of them gives: grouped by interval start in UTC, ordered by trade id within a candle.
 */
final class MarketTrades {
    static final List<String> TRADE_DATABASES = List.of("ot_trade_0", "ot_trade_1");
    /** The API's intervals and their lengths. */
    static final Map<String, Long> INTERVALS = intervals();

    /** A stored trade; amounts in 10^-8 units. */
    record Stored(long tradeId, long price, long quantity, long notional, long tradedAtMs) {
    }

    /** A candle as the API prints it, read back to units and epoch milliseconds for comparison. */
    record Candle(long openTimeMs, long closeTimeMs, long open, long high, long low, long close, long volume,
                  long quoteVolume, long trades) {
        static Candle of(JsonNode c) {
            return new Candle(Instant.parse(c.get("openTime").asText()).toEpochMilli(),
                    Instant.parse(c.get("closeTime").asText()).toEpochMilli(), Money.units(c.get("open").asText()),
                    Money.units(c.get("high").asText()), Money.units(c.get("low").asText()),
                    Money.units(c.get("close").asText()), Money.units(c.get("volume").asText()),
                    Money.units(c.get("quoteVolume").asText()), c.get("trades").asLong());
        }
    }

    private MarketTrades() {
    }

    private static Map<String, Long> intervals() {
        Map<String, Long> intervals = new LinkedHashMap<>();
        intervals.put("1m", 60_000L);
        intervals.put("5m", 300_000L);
        intervals.put("15m", 900_000L);
        intervals.put("1h", 3_600_000L);
        intervals.put("4h", 14_400_000L);
        intervals.put("1d", 86_400_000L);
        return intervals;
    }

    /** Every trade of SYMBOL, by trade id, from the primary of whichever trade database holds the symbol. */
    static List<Stored> stored(String symbol) {
        List<Stored> trades = new ArrayList<>();
        for (String database : TRADE_DATABASES) {
            try (Connection c = Databases.primary(database); PreparedStatement s = c.prepareStatement(
                    "SELECT trade_id, price, quantity, notional, traded_at_ms FROM trades WHERE symbol = ?")) {
                s.setString(1, symbol);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        trades.add(new Stored(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        trades.sort(Comparator.comparingLong(Stored::tradeId));
        return trades;
    }

    /** The candles of one interval, oldest first: open the first trade by id, close the last, sums over the rest. */
    static List<Candle> aggregated(List<Stored> trades, long intervalMs) {
        TreeMap<Long, List<Stored>> byOpen = new TreeMap<>();
        for (Stored t : trades) {
            byOpen.computeIfAbsent(Math.floorDiv(t.tradedAtMs(), intervalMs) * intervalMs, k -> new ArrayList<>()).add(t);
        }
        List<Candle> candles = new ArrayList<>();
        byOpen.forEach((open, group) -> {
            group.sort(Comparator.comparingLong(Stored::tradeId));
            candles.add(new Candle(open, open + intervalMs, group.get(0).price(),
                    group.stream().mapToLong(Stored::price).max().orElseThrow(),
                    group.stream().mapToLong(Stored::price).min().orElseThrow(), group.get(group.size() - 1).price(),
                    group.stream().mapToLong(Stored::quantity).sum(), group.stream().mapToLong(Stored::notional).sum(),
                    group.size()));
        });
        return candles;
    }

    /** GET /market/{symbol}/candles with QUERY, as candles. */
    static List<Candle> fromApi(String symbol, String query) {
        Api.Reply reply = Api.get("/api/v1/market/" + symbol + "/candles?" + query, null);
        org.assertj.core.api.Assertions.assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        List<Candle> candles = new ArrayList<>();
        reply.body().forEach(c -> candles.add(Candle.of(c)));
        return candles;
    }
}
