package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Orders through the public API against the real stack: matching, holds, settlement with fees, cancel, the
 * validation of every field, idempotent clientOrderId, time in force, and privacy of orders.
 */
class TradingIT {
    static final long ONE = Money.ONE;
    static final String SYMBOL = TestMarkets.symbol("TR");

    @Test
    void aCrossingOrderFillsAtTheMakersPriceAndSettlesBothSidesWithFees() {
        Api.Session seller = Money.fundedUser("seller", "BTC", ONE);
        Api.Session buyer = Money.fundedUser("buyer", "USD", 100_000 * ONE);

        Api.Reply ask = Trading.limit(seller.token(), SYMBOL, "SELL", "30000", "0.5", "GTC");
        assertThat(ask.status()).as(ask.raw()).isEqualTo(201);
        assertThat(ask.body().get("status").asText()).isEqualTo("NEW");
        assertThat(Money.balance(seller.token(), "BTC")).containsExactly(ONE / 2, ONE / 2);

        Api.Reply bid = Trading.limit(buyer.token(), SYMBOL, "BUY", "30100", "0.2", "GTC");
        assertThat(bid.status()).as(bid.raw()).isEqualTo(201);
        assertThat(bid.body().get("status").asText()).isEqualTo("FILLED");
        assertThat(bid.body().get("filledQuantity").asText()).isEqualTo("0.2");

        String askId = ask.body().get("orderId").asText();
        JsonNode askNow = Api.get("/api/v1/orders/" + askId, seller.token()).body();
        assertThat(askNow.get("status").asText()).isEqualTo("PARTIALLY_FILLED");
        assertThat(askNow.get("filledQuantity").asText()).isEqualTo("0.2");

        Trading.awaitSettled();
        // Buyer: notional 6000 + taker fee 0.2 % = 12; the rest of the hold (price improvement, fee headroom) is back.
        assertThat(Money.balance(buyer.token(), "USD")).containsExactly(93_988 * ONE, 0);
        assertThat(Money.balance(buyer.token(), "BTC")).containsExactly(ONE / 5, 0);
        // Seller: 6000 - maker fee 0.1 % = 5994; 0.3 BTC still held by the resting remainder.
        assertThat(Money.balance(seller.token(), "USD")).containsExactly(5_994 * ONE, 0);
        assertThat(Money.balance(seller.token(), "BTC")).containsExactly(ONE / 2, 3 * ONE / 10);

        JsonNode buyerFills = Api.get("/api/v1/fills?symbol=" + SYMBOL, buyer.token()).body();
        assertThat(buyerFills).hasSize(1);
        assertThat(buyerFills.get(0).get("liquidity").asText()).isEqualTo("TAKER");
        assertThat(buyerFills.get(0).get("price").asText()).isEqualTo("30000");
        assertThat(buyerFills.get(0).get("fee").asText()).isEqualTo("12");
        JsonNode sellerFills = Api.get("/api/v1/fills", seller.token()).body();
        assertThat(sellerFills).hasSize(1);
        assertThat(sellerFills.get(0).get("liquidity").asText()).isEqualTo("MAKER");
        assertThat(sellerFills.get(0).get("fee").asText()).isEqualTo("6");
        assertThat(sellerFills.get(0).get("tradeId").asText()).isEqualTo(buyerFills.get(0).get("tradeId").asText());

        JsonNode depth = Api.get("/api/v1/market/" + SYMBOL + "/depth", null).body();
        assertThat(depth.get("asks").toString()).contains("[\"30000\",\"0.3\"]");
        JsonNode tape = Api.get("/api/v1/market/" + SYMBOL + "/trades?limit=5", null).body();
        assertThat(tape.get(0).get("tradeId").asText()).isEqualTo(buyerFills.get(0).get("tradeId").asText());
        assertThat(tape.get(0).get("takerSide").asText()).isEqualTo("BUY");

        // Another user's order does not exist for the buyer, on every route.
        assertThat(Api.get("/api/v1/orders/" + askId, buyer.token()).status()).isEqualTo(404);
        assertThat(Trading.cancel(buyer.token(), askId).status()).isEqualTo(404);

        Api.Reply canceled = Trading.cancel(seller.token(), askId);
        assertThat(canceled.status()).as(canceled.raw()).isEqualTo(200);
        assertThat(canceled.body().get("status").asText()).isEqualTo("CANCELED");
        Api.Reply again = Trading.cancel(seller.token(), askId);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").asText()).isEqualTo("ORDER_NOT_OPEN");
        Trading.awaitSettled();
        assertThat(Money.balance(seller.token(), "BTC")).containsExactly(8 * ONE / 10, 0);
        assertThat(Api.get("/api/v1/market/" + SYMBOL + "/depth", null).body().get("asks").toString())
                .doesNotContain("[\"30000\",");
    }

    @Test
    void badOrdersAreRefusedWithACodeAndFreezeNothing() {
        Api.Session user = Money.fundedUser("validation", "USD", 1_000 * ONE);
        assertError(Trading.limit(user.token(), SYMBOL, "BUY", "100.001", "1", "GTC"), 400, "INVALID_PRICE");
        assertError(Trading.limit(user.token(), SYMBOL, "BUY", "100", "0.0000001", "GTC"), 400, "INVALID_QUANTITY");
        assertError(Trading.limit(user.token(), SYMBOL, "BUY", "100", "0", "GTC"), 400, "INVALID_QUANTITY");
        assertError(Trading.limit(user.token(), SYMBOL, "BUY", "-5", "1", "GTC"), 400, "INVALID_PRICE");
        assertError(Trading.limit(user.token(), SYMBOL, "BUY", "99999999999999999999", "1", "GTC"), 400, "INVALID_PRICE");
        assertError(Trading.limit(user.token(), SYMBOL, "BUY", "100", "99999999999999999999.5", "GTC"), 400,
                "INVALID_QUANTITY");
        assertError(Trading.limit(user.token(), SYMBOL, "BUY", "2000000", "1", "GTC"), 400, "INVALID_PRICE");
        assertError(Trading.limit(user.token(), "DOGE-USD", "BUY", "100", "1", "GTC"), 400, "UNKNOWN_SYMBOL");
        assertError(Trading.limit(user.token(), SYMBOL, "HOLD", "100", "1", "GTC"), 400, "INVALID_ORDER");
        assertError(Trading.limit(user.token(), SYMBOL, "BUY", "100", "1", "DAY"), 400, "INVALID_ORDER");
        assertError(Trading.place(user.token(), Trading.order(SYMBOL, "BUY", "MARKET", null, "1", "GTC", false,
                UUID.randomUUID().toString())), 400, "INVALID_ORDER");
        assertError(Trading.place(user.token(), Trading.order(SYMBOL, "SELL", "LIMIT", "100", "1", "IOC", true,
                UUID.randomUUID().toString())), 400, "INVALID_ORDER");
        assertError(Api.post("/api/v1/orders", user.token(), "{\"symbol\":\"BTC-USD\",\"side\":\"BUY\",\"type\":\"LIMIT\","
                + "\"price\":\"100\",\"quantity\":\"1\",\"leverage\":\"100\"}"), 400, null);
        assertError(Api.post("/api/v1/orders", null, Trading.order(SYMBOL, "BUY", "LIMIT", "100", "1", "GTC", false,
                "x")), 401, "UNAUTHENTICATED");

        Api.Reply tooBig = Trading.limit(user.token(), SYMBOL, "BUY", "30000", "1", "GTC");
        assertError(tooBig, 422, "INSUFFICIENT_FUNDS");
        assertThat(Money.balance(user.token(), "USD")).containsExactly(1_000 * ONE, 0);
        assertThat(Api.get("/api/v1/orders?state=open", user.token()).body()).isEmpty();
    }

    @Test
    void aRepeatedClientOrderIdReturnsTheOriginalOrderEvenWhenSentConcurrently() throws Exception {
        Api.Session user = Money.fundedUser("idempotent", "USD", 10_000 * ONE);
        String clientOrderId = "c-" + UUID.randomUUID();
        var order = Trading.order(SYMBOL, "BUY", "LIMIT", "1000", "1", "GTC", false, clientOrderId);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Api.Reply>> calls = java.util.Collections.nCopies(8, () -> Trading.place(user.token(), order));
            Set<String> ids = new HashSet<>();
            for (Future<Api.Reply> reply : pool.invokeAll(calls)) {
                assertThat(reply.get().status()).as(reply.get().raw()).isEqualTo(201);
                ids.add(reply.get().body().get("orderId").asText());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        // Held once: 1000 + taker fee headroom 2.
        assertThat(Money.balance(user.token(), "USD")).containsExactly(8_998 * ONE, 1_002 * ONE);
        var different = Trading.order(SYMBOL, "BUY", "LIMIT", "1001", "1", "GTC", false, clientOrderId);
        assertError(Trading.place(user.token(), different), 409, "CLIENT_ORDER_ID_REUSED");

        Trading.cancelAll(user.token());
        Trading.awaitSettled();
        assertThat(Money.balance(user.token(), "USD")).containsExactly(10_000 * ONE, 0);
    }

    @Test
    void timeInForcePostOnlyAndMarketOrdersBehaveAndReleaseTheirHolds() {
        Api.Session maker = Money.fundedUser("tif-maker", "BTC", ONE);
        Api.Session taker = Money.fundedUser("tif-taker", "USD", 100_000 * ONE);
        assertThat(Trading.limit(maker.token(), SYMBOL, "SELL", "31000", "0.1", "GTC").status()).isEqualTo(201);

        Api.Reply ioc = Trading.limit(taker.token(), SYMBOL, "BUY", "31000", "0.3", "IOC");
        assertThat(ioc.body().get("status").asText()).as(ioc.raw()).isEqualTo("CANCELED");
        assertThat(ioc.body().get("filledQuantity").asText()).isEqualTo("0.1");

        assertThat(Trading.limit(maker.token(), SYMBOL, "SELL", "31000", "0.1", "GTC").status()).isEqualTo(201);
        Api.Reply fok = Trading.limit(taker.token(), SYMBOL, "BUY", "31000", "0.3", "FOK");
        assertThat(fok.body().get("status").asText()).as(fok.raw()).isEqualTo("REJECTED");
        assertThat(fok.body().get("rejectReason").asText()).isEqualTo("FOK_NOT_FILLABLE");
        assertThat(fok.body().get("filledQuantity").asText()).isEqualTo("0");

        Api.Reply postOnly = Trading.place(taker.token(), Trading.order(SYMBOL, "BUY", "LIMIT", "31000", "0.05", "GTC",
                true, UUID.randomUUID().toString()));
        assertThat(postOnly.body().get("status").asText()).as(postOnly.raw()).isEqualTo("REJECTED");
        assertThat(postOnly.body().get("rejectReason").asText()).isEqualTo("POST_ONLY_WOULD_TAKE");

        Api.Reply market = Trading.place(taker.token(), Trading.order(SYMBOL, "BUY", "MARKET", null, "0.1", "IOC",
                false, UUID.randomUUID().toString()));
        assertThat(market.body().get("status").asText()).as(market.raw()).isEqualTo("FILLED");

        Trading.cancelAll(maker.token());
        Trading.awaitSettled();
        // Two fills of 0.1 at 31000: 3100 each plus 0.2 % taker fee (6.2) each.
        assertThat(Money.balance(taker.token(), "USD")).containsExactly(100_000 * ONE - 2 * 31_062 * ONE / 10, 0);
        assertThat(Money.balance(taker.token(), "BTC")).containsExactly(ONE / 5, 0);
        assertThat(Money.balance(maker.token(), "BTC")).containsExactly(8 * ONE / 10, 0);
        // Maker: 2 x (3100 - 3.1 maker fee).
        assertThat(Money.balance(maker.token(), "USD")).containsExactly(2 * 30_969 * ONE / 10, 0);
    }

    static void assertError(Api.Reply reply, int status, String code) {
        Api.assertError(reply, status, code);
    }
}
