package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The push stream /api/v1/stream against the real stack: a depth snapshot then the live book with a resting order,
 * the trade on the tape, and each user's own order updates only (the token in the handshake header, or in the
 * query parameter as browsers send it). Events come from trade-provider through RocketMQ.
 */
class StreamIT {
    static final long ONE = Money.ONE;
    static final String SYMBOL = TestMarkets.symbol("ST");
    static final Duration WAIT = Duration.ofSeconds(15);
    static final String WS_URL = Api.BASE.replaceFirst("^http", "ws") + "/api/v1/stream";

    @Test
    void depthTradesAndOwnOrdersArePushed() throws Exception {
        Api.Session seller = Money.fundedUser("ws-seller", "BTC", ONE);
        Api.Session buyer = Money.fundedUser("ws-buyer", "USD", 10_000_000 * ONE);
        Throwable failure = null;
        try (StreamClient sellerSocket = StreamClient.connect(WS_URL, seller.token(), true);
             StreamClient buyerSocket = StreamClient.connect(WS_URL + "?token=" + buyer.token(), null, false);
             StreamClient anonymous = StreamClient.connect(WS_URL, null, false)) {
            anonymous.send("{\"op\":\"subscribe\",\"channel\":\"orders\"}");
            anonymous.await(f -> "error".equals(text(f, "channel")) && "UNAUTHENTICATED".equals(text(f, "code")));
            anonymous.send("{\"op\":\"ping\"}");
            anonymous.await(f -> "pong".equals(text(f, "op")));

            sellerSocket.send("{\"op\":\"subscribe\",\"channel\":\"orders\"}");
            sellerSocket.send("{\"op\":\"subscribe\",\"channel\":\"trades\",\"symbol\":\"" + SYMBOL + "\"}");
            sellerSocket.send("{\"op\":\"subscribe\",\"channel\":\"depth\",\"symbol\":\"" + SYMBOL + "\"}");
            buyerSocket.send("{\"op\":\"subscribe\",\"channel\":\"orders\"}");
            JsonNode snapshot = sellerSocket.await(f -> "depth".equals(text(f, "channel")));
            buyerSocket.await(f -> "subscribed".equals(text(f, "op")));
            BigDecimal price = insideTheSpread(snapshot);

            Api.Reply ask = Trading.limit(seller.token(), SYMBOL, "SELL", price.toPlainString(), "0.01", "GTC");
            assertThat(ask.status()).as(ask.raw()).isEqualTo(201);
            String askId = ask.body().get("orderId").asText();
            sellerSocket.await(f -> "depth".equals(text(f, "channel")) && hasLevel(f.get("asks"), price));
            sellerSocket.await(f -> askId.equals(text(f, "orderId")) && "NEW".equals(text(f, "status")));

            Api.Reply bid = Trading.limit(buyer.token(), SYMBOL, "BUY", price.toPlainString(), "0.01", "IOC");
            assertThat(bid.status()).as(bid.raw()).isEqualTo(201);
            assertThat(bid.body().get("status").asText()).isEqualTo("FILLED");
            String bidId = bid.body().get("orderId").asText();
            String tradeId = Api.get("/api/v1/fills?symbol=" + SYMBOL + "&limit=1", buyer.token()).body().get(0)
                    .get("tradeId").asText();

            JsonNode trade = sellerSocket.await(f -> "trades".equals(text(f, "channel"))
                    && tradeId.equals(text(f, "tradeId")));
            assertThat(new BigDecimal(text(trade, "price"))).isEqualByComparingTo(price);
            assertThat(new BigDecimal(text(trade, "quantity"))).isEqualByComparingTo("0.01");
            assertThat(text(trade, "takerSide")).isEqualTo("BUY");
            assertThat(text(trade, "symbol")).isEqualTo(SYMBOL);
            JsonNode filled = sellerSocket.await(f -> askId.equals(text(f, "orderId"))
                    && "FILLED".equals(text(f, "status")));
            assertThat(new BigDecimal(text(filled, "filledQuantity"))).isEqualByComparingTo("0.01");
            assertThat(text(filled, "side")).isEqualTo("SELL");
            buyerSocket.await(f -> bidId.equals(text(f, "orderId")) && "FILLED".equals(text(f, "status")));
            sellerSocket.await(f -> "depth".equals(text(f, "channel")) && !hasLevel(f.get("asks"), price));

            // each socket saw its own user's orders and nobody else's
            assertThat(sellerSocket.frames(f -> "orders".equals(text(f, "channel"))))
                    .allSatisfy(f -> assertThat(text(f, "orderId")).isEqualTo(askId));
            assertThat(buyerSocket.frames(f -> "orders".equals(text(f, "channel"))))
                    .allSatisfy(f -> assertThat(text(f, "orderId")).isEqualTo(bidId));
            assertThat(anonymous.frames(f -> "orders".equals(text(f, "channel")))).isEmpty();
            // depth never went backwards on one socket
            List<Long> sequences = sellerSocket.frames(f -> "depth".equals(text(f, "channel"))).stream()
                    .map(f -> f.get("sequence").asLong()).toList();
            assertThat(sequences).isSorted().doesNotHaveDuplicates();
        } catch (Exception | AssertionError e) {
            failure = e;
            throw e;
        } finally {
            cleanUp(failure, seller, buyer);
        }
    }

    /** Cancels what the users left and waits until settled; a cleanup failure never hides the test's own. */
    private static void cleanUp(Throwable failure, Api.Session... users) {
        try {
            for (Api.Session user : users) {
                Trading.cancelAll(user.token());
            }
            Trading.awaitSettled();
        } catch (RuntimeException | AssertionError e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    /** A price strictly between the best bid and the best ask, so the resting ask is the best and only ours fills. */
    static BigDecimal insideTheSpread(JsonNode depth) {
        BigDecimal bestBid = best(depth.get("bids"), new BigDecimal("20000"));
        BigDecimal bestAsk = best(depth.get("asks"), bestBid.add(new BigDecimal("20000")));
        BigDecimal gap = bestAsk.subtract(bestBid);
        assertThat(gap).as("spread of %s", depth).isGreaterThan(new BigDecimal("0.02"));
        BigDecimal fraction = BigDecimal.valueOf(ThreadLocalRandom.current().nextInt(20, 80), 2);
        BigDecimal price = bestBid.add(gap.multiply(fraction)).setScale(2, RoundingMode.DOWN);
        return price.compareTo(bestBid) > 0 ? price : bestBid.add(new BigDecimal("0.01"));
    }

    private static BigDecimal best(JsonNode levels, BigDecimal otherwise) {
        return levels == null || levels.isEmpty() ? otherwise : new BigDecimal(levels.get(0).get(0).asText());
    }

    static boolean hasLevel(JsonNode levels, BigDecimal price) {
        for (JsonNode level : levels) {
            if (new BigDecimal(level.get(0).asText()).compareTo(price) == 0) {
                return true;
            }
        }
        return false;
    }

    static String text(JsonNode frame, String field) {
        JsonNode node = frame.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    /** A java.net.http WebSocket that keeps every text frame it received, for bounded waits on them. */
    static final class StreamClient implements WebSocket.Listener, AutoCloseable {
        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final List<JsonNode> frames = new ArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static StreamClient connect(String url, String bearerOrNull, boolean useHeader) throws Exception {
            StreamClient client = new StreamClient();
            WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
            if (useHeader && bearerOrNull != null) {
                builder.header("Authorization", "Bearer " + bearerOrNull);
            }
            client.socket = builder.buildAsync(URI.create(url), client).get(10, TimeUnit.SECONDS);
            return client;
        }

        void send(String text) throws Exception {
            socket.sendText(text, true).get(5, TimeUnit.SECONDS);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode frame = Api.JSON.readTree(partial.toString());
                    synchronized (frames) {
                        frames.add(frame);
                        frames.notifyAll();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("not JSON: " + partial, e);
                } finally {
                    partial.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }

        /** The first frame (received so far or within {@link #WAIT}) that matches; fails with what was seen. */
        JsonNode await(Predicate<JsonNode> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            synchronized (frames) {
                while (true) {
                    for (JsonNode frame : frames) {
                        if (wanted.test(frame)) {
                            return frame;
                        }
                    }
                    long leftMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    if (leftMs <= 0) {
                        throw new AssertionError("no matching frame within " + WAIT + "; received: " + frames);
                    }
                    frames.wait(leftMs);
                }
            }
        }

        List<JsonNode> frames(Predicate<JsonNode> wanted) {
            synchronized (frames) {
                return frames.stream().filter(wanted).toList();
            }
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null)
                    .join();
        }
    }
}
