package org.opentrade.bench;

import java.util.ArrayList;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;

/**
 * Funds the bench users through the real deposit flow: POST /api/v1/deposits (one Idempotency-Key per user and
 * asset), the bank sandbox settles and calls back, the deposit turns SUCCEEDED. Enough for any run: a crossing order
 * moves 0.001 BTC for 30 USD, a transfer 0.01 USD.
 */
final class Funding {
    static final Map<String, String> PER_USER = new TreeMap<>(Map.of("USD", "10000000", "BTC", "1000"));
    static final long SETTLE_TIMEOUT_MS = 120_000;
    static final long POLL_MS = 500;

    private record Pending(BenchUser user, String depositId) {
    }

    private final ApiClient api;
    private final String runId;

    Funding(ApiClient api, String runId) {
        this.api = api;
        this.runId = runId;
    }

    void fund(List<BenchUser> users) {
        awaitSucceeded(Parallel.map(users, this::deposits).stream().flatMap(List::stream).toList());
    }

    private List<Pending> deposits(BenchUser user) {
        List<Pending> pending = new ArrayList<>();
        PER_USER.forEach((asset, amount) -> pending.add(deposit(user, asset, amount)));
        return pending;
    }

    private Pending deposit(BenchUser user, String asset, String amount) {
        String key = runId + "-deposit-" + asset + "-" + user.username();
        ApiClient.Reply reply = api.post("/api/v1/deposits", user.token(), key, Map.of("asset", asset, "amount", amount));
        if (reply.status() != 201) {
            throw new IllegalStateException("deposit of " + amount + " " + asset + " for " + user.username() + ": " + reply);
        }
        return new Pending(user, reply.text("depositId"));
    }

    private void awaitSucceeded(List<Pending> pending) {
        long deadline = System.currentTimeMillis() + SETTLE_TIMEOUT_MS;
        List<Pending> left = new ArrayList<>(pending);
        while (!left.isEmpty()) {
            left.removeIf(this::succeeded);
            if (left.isEmpty()) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException(left.size() + " deposits still PENDING after " + SETTLE_TIMEOUT_MS
                        + " ms (is the bank sandbox on :8070 up?)");
            }
            ApiClient.pause(POLL_MS);
        }
    }

    private boolean succeeded(Pending p) {
        ApiClient.Reply reply = api.get("/api/v1/deposits/" + p.depositId(), p.user().token());
        String status = reply.text("status");
        if (reply.status() != 200 || "FAILED".equals(status)) {
            throw new IllegalStateException("deposit " + p.depositId() + " of " + p.user().username() + ": " + reply);
        }
        return "SUCCEEDED".equals(status);
    }
}
