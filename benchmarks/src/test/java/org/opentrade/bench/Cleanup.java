package org.opentrade.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * After the scenarios: cancel every open order of the bench users, then wait until the system is quiet, which here
 * means every bench user's frozen balances are zero and stay zero (settlement and hold releases run after the
 * answers). Both loops are bounded; what is still frozen at the end is reported, not hidden.
 */
final class Cleanup {
    static final int CANCEL_ROUNDS_MAX = 5;
    static final int OPEN_ORDERS_PAGE = 500;
    static final long QUIET_TIMEOUT_MS = 60_000;
    static final long QUIET_POLL_MS = 1_000;
    static final int QUIET_ROUNDS = 2;

    /**
     * @param stillFrozen bench users with a frozen balance at the end, as "username: 1.5 USD"
     * @param cancelFailures cancels answered other than 200 or 409 ORDER_NOT_OPEN (a fill came first), and users
     *                       whose open orders could not be listed
     */
    record Outcome(int ordersCanceled, int cancelFailures, boolean quiet, long quietAfterMs, List<String> stillFrozen) {
    }

    private final ApiClient api;

    Cleanup(ApiClient api) {
        this.api = api;
    }

    Outcome run(List<BenchUser> users) {
        int canceled = 0;
        int failures = 0;
        for (BenchUser user : users) {
            for (int round = 0; round < CANCEL_ROUNDS_MAX; round++) {
                List<String> open = openOrderIds(user);
                if (open == null) {
                    failures++;
                    break;
                }
                if (open.isEmpty()) {
                    break;
                }
                for (String orderId : open) {
                    int status = api.delete("/api/v1/orders/" + orderId, user.token()).status();
                    canceled += status == 200 ? 1 : 0;
                    failures += status == 200 || status == 409 ? 0 : 1;
                }
            }
        }
        long started = System.currentTimeMillis();
        List<String> frozen = awaitNothingFrozen(users);
        return new Outcome(canceled, failures, frozen.isEmpty(), System.currentTimeMillis() - started, frozen);
    }

    /** The user's open orders, or null when they cannot be listed (then the frozen check tells what is left). */
    private List<String> openOrderIds(BenchUser user) {
        ApiClient.Reply reply = api.get("/api/v1/orders?state=open&limit=" + OPEN_ORDERS_PAGE, user.token());
        if (reply.status() != 200) {
            BenchLog.line("cancel-all: the open orders of %s cannot be listed: %s", user.username(), reply);
            return null;
        }
        List<String> ids = new ArrayList<>();
        reply.body().forEach(order -> ids.add(order.get("orderId").asText()));
        return ids;
    }

    /** Polls until QUIET_ROUNDS polls in a row find nothing frozen; answers what was frozen at the last poll. */
    private List<String> awaitNothingFrozen(List<BenchUser> users) {
        long deadline = System.currentTimeMillis() + QUIET_TIMEOUT_MS;
        int cleanRounds = 0;
        while (true) {
            List<String> frozen = frozen(users);
            cleanRounds = frozen.isEmpty() ? cleanRounds + 1 : 0;
            if (cleanRounds == QUIET_ROUNDS || System.currentTimeMillis() > deadline) {
                return frozen;
            }
            ApiClient.pause(QUIET_POLL_MS);
        }
    }

    private List<String> frozen(List<BenchUser> users) {
        List<String> frozen = new ArrayList<>();
        for (BenchUser user : users) {
            ApiClient.Reply reply = api.get("/api/v1/accounts", user.token());
            if (reply.status() != 200) {
                frozen.add(user.username() + ": balances unreadable (" + reply.status() + ")");
                continue;
            }
            for (JsonNode balance : reply.body()) {
                String amount = balance.get("frozen").asText();
                if (new BigDecimal(amount).signum() != 0) {
                    frozen.add(user.username() + ": " + amount + " " + balance.get("asset").asText());
                }
            }
        }
        return frozen;
    }
}
