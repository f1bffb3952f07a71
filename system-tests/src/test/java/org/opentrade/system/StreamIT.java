package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

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
    static final String WS_URL = StreamClient.URL;

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
            Trading.cleanUp(failure, seller, buyer);
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
}
