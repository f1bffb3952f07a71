package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.system.StreamClient.text;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The market channels of the push stream against the real stack, on a symbol of this run's own: depthUpdates sends a
 * snapshot and then only changed levels, every update chained to the one before (previousSequence = the sequence the
 * client holds, no gap), and the book a client rebuilds from them is the REST depth at the same sequence; candles and
 * ticker push what the REST routes answer after a trade.
 */
class MarketStreamIT {
    static final long ONE = Money.ONE;
    static final String SYMBOL = TestMarkets.symbol("MS");
    static final Duration SETTLED_WITHIN = Duration.ofSeconds(20);

    @Test
    void depthUpdatesRebuildTheRestBookAndCandlesAndTickerFollowTheTrades() throws Exception {
        Api.Session seller = Money.fundedUser("md-seller", "BTC", ONE);
        Api.Session buyer = Money.fundedUser("md-buyer", "USD", 100_000 * ONE);
        BookClient book = new BookClient();
        Throwable failure = null;
        try (StreamClient socket = StreamClient.connect(StreamClient.URL, null, false, book::accept)) {
            socket.send("{\"op\":\"subscribe\",\"channel\":\"depthUpdates\",\"symbol\":\"" + SYMBOL + "\"}");
            socket.send("{\"op\":\"subscribe\",\"channel\":\"candles\",\"symbol\":\"" + SYMBOL + "\",\"interval\":\"1m\"}");
            socket.send("{\"op\":\"subscribe\",\"channel\":\"ticker\",\"symbol\":\"" + SYMBOL + "\"}");
            socket.await(f -> "snapshot".equals(text(f, "type")));
            socket.await(f -> "ticker".equals(text(f, "channel")));

            List<String> resting = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                resting.add(rest(buyer, "BUY", "29" + (100 + i * 37) + ".00", "0.0" + (i + 1)));
                resting.add(rest(seller, "SELL", "31" + (100 + i * 41) + ".50", "0.00" + (i + 2)));
            }
            Trading.cancel(buyer.token(), resting.get(2));
            Trading.cancel(seller.token(), resting.get(5));
            Trading.cross(seller, buyer, SYMBOL, "30000.00", "0.010000");
            rest(buyer, "BUY", "29100.00", "0.5"); // a second order at an existing level

            JsonNode depth = awaitSameBook(book);
            assertThat(book.gaps).as("updates that did not follow the book held").isZero();
            assertThat(book.updates).as("updates after the snapshot").isGreaterThan(0);
            assertThat(book.sequence).isEqualTo(depth.get("sequence").asLong());
            assertThat(socket.frames(f -> "update".equals(text(f, "type"))))
                    .as("an update lists only changed levels, never the whole side")
                    .anySatisfy(f -> assertThat(f.get("bids").size() + f.get("asks").size()).isLessThan(
                            depth.get("bids").size() + depth.get("asks").size()));

            JsonNode candle = socket.await(f -> "candles".equals(text(f, "channel")) && "30000".equals(text(f, "close")));
            JsonNode restCandle = awaitRest("/candles?interval=1m&limit=1", c -> c.size() == 1
                    && c.get(0).get("trades").equals(candle.get("trades"))).get(0);
            for (String field : new String[] {"openTime", "closeTime", "open", "high", "low", "close", "volume",
                    "quoteVolume", "trades"}) {
                assertThat(candle.get(field)).as(field).isEqualTo(restCandle.get(field));
            }
            assertThat(text(candle, "interval")).isEqualTo("1m");
            assertThat(text(candle, "symbol")).isEqualTo(SYMBOL);

            JsonNode ticker = socket.await(f -> "ticker".equals(text(f, "channel")) && "30000".equals(text(f, "last")));
            // the REST call may reach another trade-provider, whose cache reads the new candles within a second
            JsonNode restTicker = awaitRest("/ticker", t -> t.get("trades").equals(ticker.get("trades")));
            for (String field : new String[] {"last", "open", "high", "low", "change", "volume", "quoteVolume",
                    "trades"}) {
                assertThat(ticker.get(field)).as(field).isEqualTo(restTicker.get(field));
            }
            assertThat(text(ticker, "volume")).isEqualTo("0.01");
        } catch (Exception | AssertionError e) {
            failure = e;
            throw e;
        } finally {
            Trading.cleanUp(failure, seller, buyer);
        }
    }

    /** GET /market/{symbol}PATH once its body satisfies WANTED (or its last body after {@link #SETTLED_WITHIN}). */
    private static JsonNode awaitRest(String path, java.util.function.Predicate<JsonNode> wanted) {
        long deadline = System.nanoTime() + SETTLED_WITHIN.toNanos();
        Api.Reply reply;
        do {
            reply = Api.get("/api/v1/market/" + SYMBOL + path, null);
            assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
            if (wanted.test(reply.body())) {
                return reply.body();
            }
            Trading.sleep(200);
        } while (System.nanoTime() < deadline);
        return reply.body();
    }

    private static String rest(Api.Session user, String side, String price, String quantity) {
        Api.Reply order = Trading.limit(user.token(), SYMBOL, side, price, quantity, "GTC");
        assertThat(order.status()).as(order.raw()).isEqualTo(201);
        assertThat(order.body().get("status").asText()).as(order.raw()).isEqualTo("NEW");
        return order.body().get("orderId").asText();
    }

    /** Waits until the book rebuilt from the stream is the REST depth at the same sequence; answers that depth. */
    private static JsonNode awaitSameBook(BookClient book) {
        long deadline = System.nanoTime() + SETTLED_WITHIN.toNanos();
        JsonNode depth;
        do {
            depth = Api.get("/api/v1/market/" + SYMBOL + "/depth?limit=20", null).body();
            synchronized (book) {
                if (book.sequence == depth.get("sequence").asLong() && book.bids().equals(levels(depth.get("bids")))
                        && book.asks().equals(levels(depth.get("asks")))) {
                    return depth;
                }
            }
            Trading.sleep(200);
        } while (System.nanoTime() < deadline);
        synchronized (book) {
            throw new AssertionError("the stream's book at " + book.sequence + " " + book.bids() + " / " + book.asks()
                    + " is not the REST depth " + depth);
        }
    }

    private static List<List<String>> levels(JsonNode side) {
        List<List<String>> levels = new ArrayList<>();
        side.forEach(l -> levels.add(List.of(norm(l.get(0).asText()), norm(l.get(1).asText()))));
        return levels;
    }

    private static String norm(String decimal) {
        return new BigDecimal(decimal).stripTrailingZeros().toPlainString();
    }

    /**
     * A depthUpdates client as the README describes it: replace the book with a snapshot, apply an update only when
     * its previousSequence is the sequence held (a level's quantity replaces the old one, "0" removes it), and count
     * anything else as a gap (a real client would resubscribe).
     */
    static final class BookClient {
        private final TreeMap<BigDecimal, String> bids = new TreeMap<>(Comparator.reverseOrder());
        private final TreeMap<BigDecimal, String> asks = new TreeMap<>();
        long sequence = -1;
        int gaps;
        int updates;

        synchronized void accept(JsonNode frame) {
            if (!"depthUpdates".equals(text(frame, "channel"))) {
                return;
            }
            if ("snapshot".equals(text(frame, "type"))) {
                bids.clear();
                asks.clear();
            } else if (frame.get("previousSequence").asLong() != sequence) {
                gaps++;
                return;
            } else {
                updates++;
            }
            apply(bids, frame.get("bids"));
            apply(asks, frame.get("asks"));
            sequence = frame.get("sequence").asLong();
        }

        private static void apply(TreeMap<BigDecimal, String> side, JsonNode levels) {
            for (JsonNode level : levels) {
                BigDecimal price = new BigDecimal(level.get(0).asText());
                if (new BigDecimal(level.get(1).asText()).signum() == 0) {
                    side.remove(price);
                } else {
                    side.put(price, norm(level.get(1).asText()));
                }
            }
        }

        synchronized List<List<String>> bids() {
            return print(bids);
        }

        synchronized List<List<String>> asks() {
            return print(asks);
        }

        private static List<List<String>> print(TreeMap<BigDecimal, String> side) {
            List<List<String>> levels = new ArrayList<>();
            side.forEach((price, quantity) -> levels.add(List.of(price.stripTrailingZeros().toPlainString(), quantity)));
            return levels;
        }
    }
}
