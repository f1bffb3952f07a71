package org.opentrade.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ledger audit after the run (GET /api/v1/admin/audit as the operator): a benchmark that loses money is not a
 * result. The operator logs in once per run (login is throttled per username). Credentials: the local profile's
 * documented operator, or {@code bench.operatorUsername} / {@code OPENTRADE_OPERATOR_PASSWORD}.
 */
final class Audit {

    /**
     * @param sound      the audit's own verdict
     * @param sumsZero   every asset's sum over all accounts is zero
     * @param error      why there is no audit (login or call failed), else null
     */
    record Result(boolean sound, boolean sumsZero, Map<String, String> sumByAsset, List<String> violations,
                  String error) {
        boolean passed() {
            return error == null && sound && sumsZero;
        }
    }

    private final ApiClient api;

    Audit(ApiClient api) {
        this.api = api;
    }

    Result run() {
        String username = System.getProperty("bench.operatorUsername", "operator");
        String password = System.getenv().getOrDefault("OPENTRADE_OPERATOR_PASSWORD", "operator-local-1");
        ApiClient.Reply session = api.post("/api/v1/sessions", null, null,
                Map.of("username", username, "password", password));
        if (session.status() != 200) {
            return failed("operator login failed: " + session);
        }
        ApiClient.Reply audit = api.get("/api/v1/admin/audit", session.text("token"));
        if (audit.status() != 200) {
            return failed("GET /api/v1/admin/audit: " + audit);
        }
        Map<String, String> sums = new TreeMap<>();
        audit.body().get("sumByAsset").fields().forEachRemaining(e -> sums.put(e.getKey(), e.getValue().asText()));
        List<String> violations = new ArrayList<>();
        audit.body().get("violations").forEach(v -> violations.add(v.asText()));
        boolean sumsZero = sums.values().stream().allMatch(v -> new BigDecimal(v).signum() == 0);
        return new Result(audit.body().get("sound").asBoolean(), sumsZero, sums, violations, null);
    }

    private static Result failed(String error) {
        return new Result(false, false, Map.of(), List.of(), error);
    }
}
