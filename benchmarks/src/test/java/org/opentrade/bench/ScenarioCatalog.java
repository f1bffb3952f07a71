package org.opentrade.bench;

import java.util.List;

/**
 * The scenarios a run can measure, in the order a full run measures them. Each is a closed model: a fixed number of
 * virtual users, each with its own connection and (except the hot pair) its own bench user, sending back-to-back.
 */
final class ScenarioCatalog {

    /**
     * @param tradersNeeded   bench users with one connection each (the first ones of the roster)
     * @param hotPair         uses the two hot-pair users instead
     * @param rejectedIsError an order answered 201 REJECTED is a failure, not a success
     */
    record Spec(String name, int connections, int tradersNeeded, boolean hotPair, boolean rejectedIsError,
                String description) {
    }

    static final String PING = "ping";
    static final String CROSSING_16 = "crossing-16";

    static final List<Spec> SPECS = List.of(
            new Spec(CROSSING_16, 16, 16, false, true, "LIMIT GTC BTC-USD 0.001 at 30000 that cross each other; each "
                    + "user alternates BUY and SELL, half of them start with BUY"),
            new Spec("crossing-64", 64, 64, false, true, "the same as crossing-16 with 64 users"),
            new Spec("place-cancel", 16, 16, false, true, "LIMIT GTC BUY 0.001 at 1000 (far from the market), then "
                    + "DELETE it; two requests per cycle"),
            new Spec("hot-pair", 16, 0, true, true, "two users crossing each other at 30000, 8 connections each "
                    + "(one always BUY, one always SELL)"),
            new Spec("transfers", 16, 32, false, false, "POST /transfers of 0.01 USD to a bench user in the other "
                    + "database (a cross-shard global transaction), unique Idempotency-Key"),
            new Spec("balances", 16, 16, false, false, "GET /accounts"),
            new Spec(PING, 16, 16, false, false, "GET /ping: a token check and one Dubbo call that does nothing "
                    + "(the no-op ceiling)"));

    static final List<String> NAMES = SPECS.stream().map(Spec::name).toList();

    private ScenarioCatalog() {
    }

    static Spec spec(String name) {
        return SPECS.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario " + name));
    }
}
