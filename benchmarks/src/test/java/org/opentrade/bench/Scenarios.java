package org.opentrade.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.util.Map;
import java.util.function.Function;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;

/**
 * The Gatling chain of each scenario in {@link ScenarioCatalog}. Every order carries a client order id unique to
 * the run, scenario, user and iteration; every transfer an Idempotency-Key built the same way.
 */
final class Scenarios {
    static final String SYMBOL = "BTC-USD";
    static final String CROSSING_PRICE = "30000";
    static final String FAR_PRICE = "1000";
    static final String QUANTITY = "0.001";
    static final String TRANSFER_USD = "0.01";
    private static final String ITERATION = "iteration";
    private static final String TO_CANCEL = "toCancel";

    private final Roster roster;
    private final String runId;

    Scenarios(Roster roster, String runId) {
        this.roster = roster;
        this.runId = runId;
    }

    ScenarioBuilder build(Phase phase) {
        ScenarioCatalog.Spec spec = phase.spec();
        return scenario(spec.name())
                .exec(session -> phase.enter(session))
                .exec(session -> session.set(Requests.TOKEN, userOf(spec, vu(session)).token()))
                .asLongAs(session -> phase.open(), ITERATION).on(iteration(phase))
                .exec(session -> phase.leave(session));
    }

    private ChainBuilder iteration(Phase phase) {
        return switch (phase.spec().name()) {
            case "crossing-16", "crossing-64" -> order(phase, "place crossing", CROSSING_PRICE,
                    session -> (vu(session) + session.getInt(ITERATION)) % 2 == 0 ? "BUY" : "SELL");
            case "place-cancel" -> placeThenCancel(phase);
            case "hot-pair" -> order(phase, "place hot pair", CROSSING_PRICE,
                    session -> vu(session) % 2 == 0 ? "BUY" : "SELL");
            case "transfers" -> transfer(phase);
            case "balances" -> Requests.recorded(phase, Requests.named("balances").get("/api/v1/accounts"), false);
            case ScenarioCatalog.PING -> Requests.recorded(phase, Requests.named("ping").get("/api/v1/ping"), false);
            default -> throw new IllegalArgumentException("no chain for " + phase.spec().name());
        };
    }

    private BenchUser userOf(ScenarioCatalog.Spec spec, int vu) {
        return spec.hotPair() ? roster.hotPair(vu % 2) : roster.trader(vu);
    }

    private ChainBuilder order(Phase phase, String label, String price, Function<Session, String> side) {
        return Requests.recorded(phase, Requests.named(label).post("/api/v1/orders").body(StringBody(session ->
                ApiClient.json(Map.of("symbol", SYMBOL, "side", side.apply(session), "type", "LIMIT",
                        "timeInForce", "GTC", "price", price, "quantity", QUANTITY,
                        "clientOrderId", uniqueId(phase, session))))), true);
    }

    /** A BUY far below the market rests; the cancel follows only an order that was placed and is still open. */
    private ChainBuilder placeThenCancel(Phase phase) {
        return order(phase, "place far", FAR_PRICE, session -> "BUY")
                .doIf(session -> Requests.answered(session, 201) && "NEW".equals(session.getString(Requests.ORDER_STATUS)))
                .then(exec(session -> session.set(TO_CANCEL, session.getString(Requests.ORDER_ID)))
                        .exec(Requests.recorded(phase, Requests.named("cancel")
                                .delete(session -> "/api/v1/orders/" + session.getString(TO_CANCEL)), true)));
    }

    private ChainBuilder transfer(Phase phase) {
        int senders = phase.spec().connections();
        return Requests.recorded(phase, Requests.named("transfer").post("/api/v1/transfers")
                .header("Idempotency-Key", session -> uniqueId(phase, session))
                .body(StringBody(session -> ApiClient.json(Map.of(
                        "toUsername", roster.recipientOf(vu(session), senders).username(),
                        "asset", "USD", "amount", TRANSFER_USD)))), false);
    }

    private String uniqueId(Phase phase, Session session) {
        return runId + "-" + phase.spec().name() + "-" + vu(session) + "-" + session.getInt(ITERATION);
    }

    private static int vu(Session session) {
        return session.getInt(Phase.VU);
    }
}
