package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Two trade-provider processes: one holds the engine lease, the other stands by and forwards orders to it. kill -9
 * of the owner: the standby takes the engines over from the durable log under a new fencing epoch, orders go on,
 * and no money is lost. Afterwards the first process is back as the owner, as the other tests expect.
 */
class TradeFailoverIT {
    static final long ONE = Money.ONE;
    static final String SYMBOL = TestMarkets.symbol("FO");
    static final int FIRST = EngineRoles.FIRST;
    static final int SECOND = EngineRoles.SECOND;
    static final Duration TAKE_OVER_TIMEOUT = EngineRoles.TAKE_OVER_TIMEOUT;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    record Ack(String token, String orderId, long filled) {
    }

    @Test
    void theStandbyTakesTheEnginesOverWhenTheOwnerDiesAndNoAcknowledgedOrderIsLost() throws Exception {
        Api.Session maker = Money.fundedUser("failover-maker", "BTC", ONE);
        Api.Session taker = Money.fundedUser("failover-taker", "USD", 100_000 * ONE);
        List<Ack> acks = new ArrayList<>();
        Stack.run("start-app", "trade-provider-b");
        try {
            assertThat(EngineRoles.role(FIRST)).isEqualTo("owner");
            assertThat(EngineRoles.role(SECOND)).isEqualTo("standby");
            // both processes serve: the facade sends about half of these to the standby, which passes them on
            for (int i = 0; i < 6; i++) {
                acks.add(placeOnce(maker, "SELL", "50000.00"));
                acks.add(placeOnce(taker, "BUY", "50000.00"));
            }

            long killedAt = System.nanoTime();
            Stack.run("kill-app", "trade-provider");
            EngineRoles.awaitRole(SECOND, "owner");
            double failoverSeconds = (System.nanoTime() - killedAt) / 1e9;
            trade(maker, taker, acks, 6);
            System.out.printf("[measure] engine failover: standby owned the engines %.1f s after kill -9 of the owner%n",
                    failoverSeconds);
            assertThat(engine(SECOND).get("verifiedSequence").asLong()).isPositive();
            for (Ack ack : acks) {
                JsonNode order = Api.get("/api/v1/orders/" + ack.orderId(), ack.token()).body();
                assertThat(Money.units(order.get("filledQuantity").asText())).isGreaterThanOrEqualTo(ack.filled());
            }
        } finally {
            Stack.run("start-app", "trade-provider");
            Stack.run("stop-app", "trade-provider-b");
            EngineRoles.awaitRole(FIRST, "owner");
        }
        Trading.cancelAll(maker.token());
        Trading.cancelAll(taker.token());
        Trading.awaitSettled();
        Trading.assertConserved(List.of(maker, taker), "BTC", ONE, "USD", 100_000 * ONE);
    }

    /** Pairs of crossing orders; each is retried (same clientOrderId) while the engines change owner. */
    private static void trade(Api.Session maker, Api.Session taker, List<Ack> acks, int pairs) {
        for (int i = 0; i < pairs; i++) {
            acks.add(placeWithRetry(maker, "SELL", "50000.00"));
            acks.add(placeWithRetry(taker, "BUY", "50000.00"));
        }
    }

    /** Acknowledged at the first attempt (a standby that cannot reach the owner answers 5xx after a timeout). */
    private static Ack placeOnce(Api.Session user, String side, String price) {
        Api.Reply reply = Trading.place(user.token(),
                Trading.order(SYMBOL, side, "LIMIT", price, "0.01", "GTC", false, "fo-" + UUID.randomUUID()));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return new Ack(user.token(), reply.body().get("orderId").asText(),
                Money.units(reply.body().get("filledQuantity").asText()));
    }

    private static Ack placeWithRetry(Api.Session user, String side, String price) {
        var order = Trading.order(SYMBOL, side, "LIMIT", price, "0.01", "GTC", false, "fo-" + UUID.randomUUID());
        long deadline = System.nanoTime() + TAKE_OVER_TIMEOUT.toNanos();
        while (true) {
            Api.Reply reply = Trading.place(user.token(), order);
            if (reply.status() == 201) {
                return new Ack(user.token(), reply.body().get("orderId").asText(),
                        Money.units(reply.body().get("filledQuantity").asText()));
            }
            assertThat(reply.status()).as(reply.raw()).isIn(503, 500);
            assertThat(System.nanoTime()).as("order accepted again after the take-over").isLessThan(deadline);
            Trading.sleep(500);
        }
    }

    private static JsonNode engine(int port) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/internal/engines/" + SYMBOL)).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Api.JSON.readTree(response.body());
    }
}
