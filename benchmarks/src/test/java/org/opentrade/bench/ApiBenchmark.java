package org.opentrade.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The HTTP benchmark of API v1 against a running stack: set-up (fresh bench users, funded through the deposit flow),
 * the selected scenarios one after another, then cancel-all, a wait for quiet, and the ledger audit. Run it with
 * {@code deploy/local/stack bench}; settings in {@link BenchSettings}.
 */
public class ApiBenchmark extends Simulation {
    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final ApiClient api = new ApiClient(settings.baseUrl());
    private final Roster roster = new Roster();
    private final List<Phase> phases = new ArrayList<>();
    private final List<Summary.ScenarioOutcome> skipped = new ArrayList<>();
    private final MonitoringShadow monitoring = new MonitoringShadow();

    public ApiBenchmark() {
        Scenarios scenarios = new Scenarios(roster, settings.runId());
        for (String name : settings.scenarios()) {
            ScenarioCatalog.Spec spec = ScenarioCatalog.spec(name);
            String missing = name.equals(ScenarioCatalog.PING) ? pingRouteMissing() : null;
            if (missing != null) {
                BenchLog.line("%s: %s; skipped (the stack runs a build without GET /api/v1/ping)", name, missing);
                skipped.add(new Summary.ScenarioOutcome(spec, missing, null));
            } else {
                int warmupS = phases.isEmpty() ? settings.firstWarmupS() : settings.warmupS();
                phases.add(new Phase(spec, warmupS, settings.measuredS()));
            }
        }
        if (phases.isEmpty()) {
            throw new IllegalStateException("no scenario to run");
        }
        // one after another: each scenario's users start once the previous scenario's users have all finished
        PopulationBuilder chain = null;
        for (int i = phases.size() - 1; i >= 0; i--) {
            Phase phase = phases.get(i);
            PopulationBuilder population = scenarios.build(phase).injectOpen(atOnceUsers(phase.spec().connections()));
            chain = chain == null ? population : population.andThen(chain);
        }
        HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl()).acceptHeader("application/json")
                .contentTypeHeader("application/json").disableCaching().disableWarmUp();
        setUp(chain).protocols(protocol);
    }

    /** Without a token the route answers 401 if it exists; the stack's facade may be older than the route. */
    private String pingRouteMissing() {
        int status = api.get("/api/v1/ping", null).status();
        return status == 404 ? "route missing (404)" : null;
    }

    @Override
    public void before() {
        BenchLog.line("run %s against %s: %s, warm-up %d s, measured %d s per scenario; results in %s",
                settings.runId(), settings.baseUrl(), settings.scenarios(), settings.warmupS(), settings.measuredS(),
                settings.resultsDir());
        int traders = phases.stream().mapToInt(p -> p.spec().tradersNeeded()).max().orElse(0);
        boolean hotPair = phases.stream().anyMatch(p -> p.spec().hotPair());
        BenchUsers users = new BenchUsers(api, settings.runId());
        long started = System.currentTimeMillis();
        roster.fill(users.create("u", traders), hotPair ? users.create("h", 2) : List.of());
        BenchLog.line("set-up: %d bench users registered and logged in (%d ms)", roster.all().size(),
                System.currentTimeMillis() - started);
        new Funding(api, settings.runId()).fund(roster.all());
        BenchLog.line("set-up: funded through deposits, %s each (%d ms in all)", Funding.PER_USER,
                System.currentTimeMillis() - started);
        if (monitoring.enter()) {
            BenchLog.line("set-up: risk monitoring in shadow mode for the run (alerts stored, nobody frozen)");
        }
    }

    @Override
    public void after() {
        BenchLog.line("after the scenarios: canceling the bench users' open orders, waiting for quiet");
        Cleanup.Outcome cleanup = new Cleanup(api).run(roster.all());
        Audit.Result audit = new Audit(api).run();
        monitoring.leave();
        List<Summary.ScenarioOutcome> outcomes = new ArrayList<>();
        for (String name : settings.scenarios()) {
            phases.stream().filter(p -> p.spec().name().equals(name)).findFirst()
                    .map(p -> new Summary.ScenarioOutcome(p.spec(), "measured", p.result())).ifPresent(outcomes::add);
            skipped.stream().filter(o -> o.spec().name().equals(name)).forEach(outcomes::add);
        }
        Summary.Run run = new Summary.Run(settings, Machine.probe(), parameters(), outcomes, cleanup, audit);
        try {
            Summary.write(run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println();
        System.out.print(Summary.table(run));
        System.out.println();
        System.out.print(SummaryMarkdown.verdict(run));
        BenchLog.line("summary: %s", settings.resultsDir().resolve("summary.md"));
    }

    private Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("baseUrl", settings.baseUrl());
        p.put("quick", settings.quick());
        p.put("warmupS", settings.warmupS());
        p.put("firstWarmupS", settings.firstWarmupS());
        p.put("measuredS", settings.measuredS());
        p.put("scenarios", String.join(",", settings.scenarios()));
        p.put("runId", settings.runId());
        p.put("benchUsers", roster.all().size());
        p.put("fundingPerUser", Funding.PER_USER);
        p.put("symbol", Scenarios.SYMBOL);
        p.put("crossingPrice", Scenarios.CROSSING_PRICE);
        p.put("farPrice", Scenarios.FAR_PRICE);
        p.put("quantity", Scenarios.QUANTITY);
        p.put("transferUsd", Scenarios.TRANSFER_USD);
        p.put("gatling", System.getProperty("bench.gatlingVersion", "unknown"));
        p.put("riskMonitoring", "shadow mode: detectors on, alerts stored, nobody frozen");
        return p;
    }
}
