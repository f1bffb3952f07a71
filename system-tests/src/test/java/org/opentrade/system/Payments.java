package org.opentrade.system;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Deposits and withdrawals through the public API, and waiting for them to end. */
final class Payments {
    static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(30);

    private Payments() {
    }

    static Api.Reply deposit(String token, String key, String asset, String amount) {
        return Api.postWithHeader("/api/v1/deposits", token, "Idempotency-Key", key,
                "{\"asset\":\"" + asset + "\",\"amount\":\"" + amount + "\"}");
    }

    static Api.Reply withdraw(String token, String key, String asset, String amount) {
        return Api.postWithHeader("/api/v1/withdrawals", token, "Idempotency-Key", key,
                "{\"asset\":\"" + asset + "\",\"amount\":\"" + amount + "\"}");
    }

    /** Waits until the payment is no longer PENDING and returns its final status. */
    static String awaitFinal(String token, String path) {
        String[] status = new String[1];
        await().atMost(SETTLE_TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> {
            Api.Reply reply = Api.get(path, token);
            status[0] = reply.status() == 200 ? reply.body().get("status").asText() : null;
            return status[0] != null && !"PENDING".equals(status[0]);
        });
        return status[0];
    }

    /** The caller's journal entry types whose reference names this payment (e.g. DEPOSIT, WITHDRAWAL_REFUND). */
    static List<String> journalTypes(String token, String paymentId) {
        List<String> types = new ArrayList<>();
        for (JsonNode entry : Api.get("/api/v1/ledger?limit=200", token).body().get("entries")) {
            if (entry.get("reference").asText().endsWith(":" + paymentId)) {
                types.add(entry.get("type").asText());
            }
        }
        return types;
    }
}
