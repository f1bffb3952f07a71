package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * An order answered 503 SERVICE_UNAVAILABLE was not placed and never will be (docs/adr/0010-order-pipeline.md): while
 * fund-provider is down, orders that would cross a resting ask are refused with 503; once it is back they end
 * REJECTED with nothing frozen, never reach the book and never trade, and repeating one by its clientOrderId answers
 * that original, never a second order. (A run of the reliability work found such orders trading minutes later.)
 */
class UnplacedOrdersIT {
    static final long ONE = Money.ONE;
    static final String SYMBOL = TestMarkets.symbol("UP");
    /** A price of this test's own: a revived order would meet the maker's ask here. */
    static final String PRICE = "43210.99";
    static final int ORDERS = 4;
    static final Duration SWEPT_WITHIN = Duration.ofSeconds(120);

    @Test
    void ordersRefusedWhileTheLedgerIsDownEndRejectedAndNeverTrade() {
        Api.Session maker = Money.fundedUser("unplaced-maker", "BTC", ONE);
        Api.Session taker = Money.fundedUser("unplaced-taker", "USD", 100_000 * ONE);
        Api.Reply ask = Trading.limit(maker.token(), SYMBOL, "SELL", PRICE, "0.01", "GTC");
        assertThat(ask.status()).as(ask.raw()).isEqualTo(201);
        String askId = ask.body().get("orderId").asText();

        List<String> clientOrderIds = new ArrayList<>();
        Stack.run("stop-app", "fund-provider");
        try {
            for (int i = 0; i < ORDERS; i++) {
                String clientOrderId = "unplaced-" + UUID.randomUUID();
                clientOrderIds.add(clientOrderId);
                Api.Reply refused = Trading.place(taker.token(),
                        Trading.order(SYMBOL, "BUY", "LIMIT", PRICE, "0.01", "GTC", false, clientOrderId));
                assertThat(refused.status()).as(refused.raw()).isEqualTo(503);
                assertThat(refused.body().get("code").asText()).isEqualTo("SERVICE_UNAVAILABLE");
            }
        } finally {
            Stack.run("start-app", "fund-provider");
        }

        List<JsonNode> ended = awaitAllRejected(taker.token());
        assertThat(ended).hasSize(ORDERS);
        for (JsonNode order : ended) {
            assertThat(order.get("filledQuantity").asText()).isEqualTo("0");
        }
        Api.Reply repeated = Trading.place(taker.token(),
                Trading.order(SYMBOL, "BUY", "LIMIT", PRICE, "0.01", "GTC", false, clientOrderIds.get(0)));
        assertThat(repeated.status()).as(repeated.raw()).isEqualTo(201);
        assertThat(repeated.body().get("status").asText()).isEqualTo("REJECTED");
        assertThat(ended.stream().map(o -> o.get("orderId").asText()))
                .contains(repeated.body().get("orderId").asText());

        Trading.awaitSettled();
        assertThat(Api.get("/api/v1/fills", taker.token()).body()).isEmpty();
        assertThat(Money.balance(taker.token(), "USD")).containsExactly(100_000 * ONE, 0);
        JsonNode stillResting = Api.get("/api/v1/orders/" + askId, maker.token()).body();
        assertThat(stillResting.get("status").asText()).isEqualTo("NEW");
        assertThat(stillResting.get("filledQuantity").asText()).isEqualTo("0");

        assertThat(Trading.cancel(maker.token(), askId).status()).isEqualTo(200);
        Trading.awaitSettled();
        assertThat(Money.balance(maker.token(), "BTC")).containsExactly(ONE, 0);
    }

    /** The taker's orders once none of them is PENDING any more; fails if one ends otherwise than REJECTED. */
    private static List<JsonNode> awaitAllRejected(String token) {
        long deadline = System.nanoTime() + SWEPT_WITHIN.toNanos();
        while (true) {
            Api.Reply listed = Api.get("/api/v1/orders?symbol=" + SYMBOL + "&state=all&limit=50", token);
            List<JsonNode> orders = new ArrayList<>();
            if (listed.status() == 200) {
                listed.body().forEach(orders::add);
            }
            boolean pending = listed.status() != 200
                    || orders.stream().anyMatch(o -> "PENDING".equals(o.get("status").asText()));
            if (!pending) {
                assertThat(orders).allSatisfy(o -> assertThat(o.get("status").asText()).as(o.toString())
                        .isEqualTo("REJECTED"));
                return orders;
            }
            assertThat(System.nanoTime()).as("orders still PENDING: %s", listed.raw()).isLessThan(deadline);
            Trading.sleep(1_000);
        }
    }
}
