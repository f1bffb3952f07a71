package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Cursor paging of history on the real stack: more than a thousand fills of one user, most of them traded in the
 * same few milliseconds (one order sweeping hundreds of asks), come back across pages newest first, each exactly
 * once, also when a new fill arrives between two pages; orders and the fills of one order page the same way.
 */
class HistoryPagingIT {
    static final long ONE = Money.ONE;
    static final String SYMBOL = TestMarkets.symbol("HP");
    static final int SELLERS = 3;
    /** Resting asks per seller: under trade-provider's 500 open orders per user and risk's 500 orders per second. */
    static final int ASKS_PER_SELLER = 340;
    static final int SWEEPS = 4;
    static final int FILLS = SELLERS * ASKS_PER_SELLER;
    static final int PAGE = 500;
    static final int THREADS = 8;
    static final String PRICE = "1000";
    static final String STEP = "0.001";

    @Test
    void moreThanAThousandFillsOfOneUserComeBackEachExactlyOnceNewestFirst() throws Exception {
        List<Api.Session> sellers = new ArrayList<>();
        List<String> sellerOrderIds = new ArrayList<>();
        for (int s = 0; s < SELLERS; s++) {
            Api.Session seller = Money.fundedUser("history-seller", "BTC", ONE);
            sellers.add(seller);
            sellerOrderIds.addAll(inParallel(ASKS_PER_SELLER, i -> placed(seller.token(), "SELL", STEP, "GTC")));
        }
        Api.Session buyer = Money.fundedUser("history-buyer", "USD", 3_000 * ONE);
        String sweepQuantity = new BigDecimal(STEP).multiply(BigDecimal.valueOf(FILLS / SWEEPS)).toPlainString();
        List<String> sweeps = new ArrayList<>();
        for (int i = 0; i < SWEEPS; i++) {
            Api.Reply sweep = Trading.limit(buyer.token(), SYMBOL, "BUY", PRICE, sweepQuantity, "IOC");
            assertThat(sweep.status()).as(sweep.raw()).isEqualTo(201);
            assertThat(sweep.body().get("status").asText()).isEqualTo("FILLED");
            sweeps.add(sweep.body().get("orderId").asText());
        }

        Set<String> sold = new HashSet<>();
        for (Api.Session seller : sellers) {
            sold.addAll(tradeIds(ApiPages.all("/api/v1/fills?symbol=" + SYMBOL + "&limit=" + PAGE, seller.token(),
                    null)));
        }
        assertThat(sold).hasSize(FILLS);

        List<JsonNode> bought = ApiPages.all("/api/v1/fills?limit=" + PAGE, buyer.token(), () -> {
            // a fill newer than every page: it must not shift what the later pages hold
            placed(sellers.get(0).token(), "SELL", STEP, "GTC");
            placed(buyer.token(), "BUY", STEP, "IOC");
        });
        assertThat(tradeIds(bought)).as("every fill exactly once").hasSize(FILLS).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(sold);
        assertNewestFirst(bought);
        assertThat(ApiPages.all("/api/v1/fills?limit=" + PAGE, buyer.token(), null)).hasSize(FILLS + 1);

        List<JsonNode> ofOneSweep = ApiPages.all("/api/v1/orders/" + sweeps.get(0) + "/fills?limit=100",
                buyer.token(), null);
        assertThat(ofOneSweep).hasSize(FILLS / SWEEPS)
                .allSatisfy(f -> assertThat(f.get("orderId").asText()).isEqualTo(sweeps.get(0)));
        assertThat(tradeIds(ofOneSweep)).doesNotHaveDuplicates();

        List<JsonNode> orders = ApiPages.all("/api/v1/orders?limit=100", sellers.get(1).token(), null);
        assertThat(orders).extracting(o -> o.get("orderId").asText()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(sellerOrderIds.subList(ASKS_PER_SELLER, 2 * ASKS_PER_SELLER));
        assertThat(orders).extracting(o -> Long.parseLong(o.get("orderId").asText()))
                .isSortedAccordingTo(Comparator.reverseOrder());

        Trading.cancelAll(sellers.get(0).token());
        Trading.awaitSettled();
    }

    @Test
    void malformedCursorsAndWindowsAre400sAndAWindowInTheFutureIsEmpty() {
        Api.Session user = Api.registerAndLogIn("history-input");
        Api.assertError(Api.get("/api/v1/fills?cursor=not-one-we-issued", user.token()), 400, "VALIDATION_FAILED");
        Api.assertError(Api.get("/api/v1/orders?cursor=%21%21", user.token()), 400, "VALIDATION_FAILED");
        Api.assertError(Api.get("/api/v1/fills?from=yesterday", user.token()), 400, "VALIDATION_FAILED");
        Api.assertError(Api.get("/api/v1/orders?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", user.token()),
                400, "VALIDATION_FAILED");
        Api.assertError(Api.get("/api/v1/fills?limit=501", user.token()), 400, "VALIDATION_FAILED");
        Api.assertError(Api.get("/api/v1/orders/123/fills", user.token()), 404, "ORDER_NOT_FOUND");

        Api.Reply future = Api.get("/api/v1/fills?from=4102444800000", user.token());
        assertThat(future.status()).as(future.raw()).isEqualTo(200);
        assertThat(future.body()).isEmpty();
        assertThat(future.header("X-Next-Cursor")).isNull();
    }

    private static List<String> tradeIds(List<JsonNode> fills) {
        return fills.stream().map(f -> f.get("tradeId").asText()).toList();
    }

    /** By time, then by trade id within a millisecond (one symbol here, so the keyset's symbol is the same). */
    private static void assertNewestFirst(List<JsonNode> fills) {
        for (int i = 1; i < fills.size(); i++) {
            JsonNode newer = fills.get(i - 1);
            JsonNode older = fills.get(i);
            int byTime = Instant.parse(newer.get("time").asText()).compareTo(Instant.parse(older.get("time").asText()));
            assertThat(byTime).as(newer + " before " + older).isNotNegative();
            if (byTime == 0) {
                assertThat(number(newer)).as(newer + " before " + older).isGreaterThan(number(older));
            }
        }
    }

    private static long number(JsonNode fill) {
        String tradeId = fill.get("tradeId").asText();
        return Long.parseLong(tradeId.substring(tradeId.lastIndexOf('-') + 1));
    }

    private static String placed(String token, String side, String quantity, String timeInForce) {
        Api.Reply reply = Trading.limit(token, SYMBOL, side, PRICE, quantity, timeInForce);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.body().get("orderId").asText();
    }

    private static <T> List<T> inParallel(int count, Concurrently.Step<T> step) throws Exception {
        return Concurrently.run(count, THREADS, step);
    }
}
