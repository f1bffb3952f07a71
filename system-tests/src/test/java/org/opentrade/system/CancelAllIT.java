package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * DELETE /api/v1/orders cancels exactly the caller's open orders (of one symbol, or all), answers each as it ended,
 * counts what stays open in X-Remaining, leaves filled and canceled orders as they were, and releases every hold.
 */
class CancelAllIT {
    static final long ONE = Money.ONE;
    static final String SYMBOL = TestMarkets.symbol("CA");
    static final String OTHER = TestMarkets.symbol("CB");

    @Test
    void cancelsExactlyTheOpenOrdersAndReleasesEveryHold() {
        Api.Session seller = Money.fundedUser("cancel-all-seller", "BTC", ONE);
        Api.Session user = Money.fundedUser("cancel-all", "USD", 1_000 * ONE);
        assertThat(id(Trading.limit(seller.token(), SYMBOL, "SELL", "30", "0.2", "GTC"))).isNotNull();

        String filled = id(Trading.limit(user.token(), SYMBOL, "BUY", "30", "0.1", "GTC"));
        String partial = id(Trading.limit(user.token(), SYMBOL, "BUY", "30", "0.2", "GTC"));
        String canceled = id(Trading.limit(user.token(), SYMBOL, "BUY", "25", "0.1", "GTC"));
        assertThat(Trading.cancel(user.token(), canceled).status()).isEqualTo(200);
        String open1 = id(Trading.limit(user.token(), SYMBOL, "BUY", "25", "0.1", "GTC"));
        String open2 = id(Trading.limit(user.token(), SYMBOL, "BUY", "26", "0.1", "GTC"));
        String elsewhere = id(Trading.limit(user.token(), OTHER, "BUY", "25", "0.1", "GTC"));
        assertThat(status(user, filled)).isEqualTo("FILLED");
        assertThat(status(user, partial)).isEqualTo("PARTIALLY_FILLED");

        Api.Reply oneSymbol = Api.delete("/api/v1/orders?symbol=" + SYMBOL, user.token());
        assertThat(oneSymbol.status()).as(oneSymbol.raw()).isEqualTo(200);
        assertThat(ids(oneSymbol.body())).containsExactlyInAnyOrder(partial, open1, open2);
        assertThat(oneSymbol.body()).allSatisfy(o -> assertThat(o.get("status").asText()).isEqualTo("CANCELED"));
        assertThat(oneSymbol.header("X-Remaining")).as("open in that symbol afterwards").isEqualTo("0");
        JsonNode partialNow = Api.get("/api/v1/orders/" + partial, user.token()).body();
        assertThat(partialNow.get("filledQuantity").asText()).isEqualTo("0.1");

        Api.Reply everything = Api.delete("/api/v1/orders", user.token());
        assertThat(everything.status()).as(everything.raw()).isEqualTo(200);
        assertThat(ids(everything.body())).containsExactly(elsewhere);
        assertThat(everything.header("X-Remaining")).isEqualTo("0");
        Api.Reply nothingLeft = Api.delete("/api/v1/orders", user.token());
        assertThat(nothingLeft.body()).isEmpty();
        assertThat(nothingLeft.header("X-Remaining")).isEqualTo("0");

        assertThat(status(user, filled)).isEqualTo("FILLED");
        assertThat(status(user, canceled)).isEqualTo("CANCELED");
        Api.assertError(Api.delete("/api/v1/orders?symbol=" + "X".repeat(17), user.token()), 400, "VALIDATION_FAILED");
        Api.assertError(Api.delete("/api/v1/orders", null), 401, null);

        Trading.cancelAll(seller.token());
        Trading.awaitSettled();
        assertThat(Money.balance(user.token(), "USD")[1]).as("USD frozen").isZero();
        assertThat(Money.balance(user.token(), "BTC")).containsExactly(ONE / 5, 0);
        assertThat(Money.balance(seller.token(), "BTC")[1]).as("BTC frozen").isZero();
    }

    private static String id(Api.Reply placed) {
        assertThat(placed.status()).as(placed.raw()).isEqualTo(201);
        return placed.body().get("orderId").asText();
    }

    private static String status(Api.Session user, String orderId) {
        return Api.get("/api/v1/orders/" + orderId, user.token()).body().get("status").asText();
    }

    private static List<String> ids(JsonNode orders) {
        return java.util.stream.StreamSupport.stream(orders.spliterator(), false)
                .map(o -> o.get("orderId").asText()).toList();
    }
}
