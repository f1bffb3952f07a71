package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.system.TradingIT.assertError;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The venue's order limits: an order below the instrument's minimum notional is refused (400 ORDER_TOO_SMALL, nothing
 * stored or frozen); a user with the maximum of open LIMIT GTC orders cannot add another (422 TOO_MANY_OPEN_ORDERS)
 * but can still trade out with an IOC, and can place again once one is canceled.
 */
class OrderLimitsIT {
    static final long ONE = Money.ONE;
    static final String SYMBOL = TestMarkets.symbol("OL");
    /** trade-provider's opentrade.trade.orders.open-orders-per-user-max, as shipped. */
    static final int OPEN_ORDERS_MAX = 500;
    /** Far below the market: these orders rest and never trade. */
    static final String RESTING_PRICE = "1000.01";
    static final int THREADS = 8;

    @Test
    void anOrderBelowTheMinimumNotionalIsTooSmall() {
        JsonNode instruments = Api.get("/api/v1/instruments", null).body();
        assertThat(instruments.findValuesAsText("minNotional")).contains("1");
        Api.Session user = Money.fundedUser("min-notional", "USD", 100 * ONE);

        assertError(Trading.limit(user.token(), SYMBOL, "BUY", "999.99", "0.001", "GTC"), 400, "ORDER_TOO_SMALL");
        assertThat(Money.balance(user.token(), "USD")).containsExactly(100 * ONE, 0);
        Api.Reply atTheMinimum = Trading.limit(user.token(), SYMBOL, "BUY", "1000", "0.001", "GTC");
        assertThat(atTheMinimum.status()).as(atTheMinimum.raw()).isEqualTo(201);

        Trading.cancelAll(user.token());
        Trading.awaitSettled();
        assertThat(Money.balance(user.token(), "USD")).containsExactly(100 * ONE, 0);
    }

    @Test
    void aUserAtTheOpenOrdersCapCanTradeOutButNotAddAnotherRestingOrder() throws Exception {
        Api.Session user = Money.fundedUser("open-cap", "USD", 1_000 * ONE);
        List<String> placed = inParallel(OPEN_ORDERS_MAX, i -> {
            Api.Reply reply = Trading.limit(user.token(), SYMBOL, "BUY", RESTING_PRICE, "0.001", "GTC");
            assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
            return reply.body().get("orderId").asText();
        });

        assertError(Trading.limit(user.token(), SYMBOL, "BUY", RESTING_PRICE, "0.001", "GTC"), 422,
                "TOO_MANY_OPEN_ORDERS");
        Api.Reply ioc = Trading.limit(user.token(), SYMBOL, "BUY", RESTING_PRICE, "0.001", "IOC");
        assertThat(ioc.status()).as(ioc.raw()).isEqualTo(201);
        assertThat(ioc.body().get("status").asText()).isEqualTo("CANCELED");

        assertThat(Trading.cancel(user.token(), placed.get(0)).status()).isEqualTo(200);
        Api.Reply again = Trading.limit(user.token(), SYMBOL, "BUY", RESTING_PRICE, "0.001", "GTC");
        assertThat(again.status()).as(again.raw()).isEqualTo(201);

        List<String> open = new ArrayList<>(placed.subList(1, placed.size()));
        open.add(again.body().get("orderId").asText());
        inParallel(open.size(), i -> {
            assertThat(Trading.cancel(user.token(), open.get(i)).status()).isEqualTo(200);
            return null;
        });
        Trading.awaitSettled();
        assertThat(Money.balance(user.token(), "USD")).containsExactly(1_000 * ONE, 0);
    }

    private static <T> List<T> inParallel(int count, Concurrently.Step<T> step) throws Exception {
        return Concurrently.run(count, THREADS, step);
    }
}
