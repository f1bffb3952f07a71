package org.opentrade.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of a run, in summary.json (for tools) and summary.md (for people), and as a table on stdout. Written
 * into the run's results folder, beside Gatling's report (deploy/local/stack bench moves it to gatling/).
 */
final class Summary {

    /** A scenario's figures, or why it has none ({@code state} is "measured" or, e.g., "route missing (404)"). */
    record ScenarioOutcome(ScenarioCatalog.Spec spec, String state, Figures.Result figures) {
        boolean measured() {
            return figures != null;
        }
    }

    record Run(BenchSettings settings, Machine machine, Map<String, Object> parameters, List<ScenarioOutcome> scenarios,
               Cleanup.Outcome cleanup, Audit.Result audit) {

        /** Crossing orders at 16 connections over the no-op ceiling, when both were measured. */
        Double crossingOverCeiling() {
            Figures.Result crossing = figures(ScenarioCatalog.CROSSING_16);
            Figures.Result ceiling = figures(ScenarioCatalog.PING);
            return crossing == null || ceiling == null || ceiling.throughputPerS() == 0 ? null
                    : crossing.throughputPerS() / ceiling.throughputPerS();
        }

        boolean passed() {
            return audit.passed() && cleanup.stillFrozen().isEmpty();
        }

        private Figures.Result figures(String name) {
            return scenarios.stream().filter(s -> s.spec().name().equals(name) && s.measured())
                    .map(ScenarioOutcome::figures).findFirst().orElse(null);
        }
    }

    private Summary() {
    }

    static void write(Run run) throws IOException {
        Files.createDirectories(run.settings().resultsDir());
        ApiClient.JSON.writerWithDefaultPrettyPrinter()
                .writeValue(run.settings().resultsDir().resolve("summary.json").toFile(), json(run));
        Files.writeString(run.settings().resultsDir().resolve("summary.md"), SummaryMarkdown.of(run),
                StandardCharsets.UTF_8);
    }

    private static Map<String, Object> json(Run run) {
        BenchSettings s = run.settings();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("date", s.startedAt().toString());
        out.put("commit", s.commit());
        out.put("dirty", s.dirty());
        out.put("machine", run.machine());
        out.put("parameters", run.parameters());
        out.put("scenarios", run.scenarios().stream().map(Summary::json).toList());
        out.put("crossing16OverCeiling", run.crossingOverCeiling());
        out.put("cleanup", run.cleanup());
        out.put("audit", run.audit());
        out.put("auditSound", run.audit().passed());
        out.put("benchUsersFrozenZero", run.cleanup().stillFrozen().isEmpty());
        out.put("passed", run.passed());
        return out;
    }

    private static Map<String, Object> json(ScenarioOutcome outcome) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", outcome.spec().name());
        out.put("connections", outcome.spec().connections());
        out.put("description", outcome.spec().description());
        out.put("state", outcome.state());
        out.put("figures", outcome.figures());
        return out;
    }

    /** The table printed at the end of a run. */
    static String table(Run run) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%-13s %5s %10s %6s %6s %6s %7s %8s %6s %6s %6s %6s %8s%n", "scenario", "conns", "req/s", "p50ms",
                "p95ms", "p99ms", "maxms", "2xx", "429", "4xx", "5xx", "conn", "rejected"));
        for (ScenarioOutcome o : run.scenarios()) {
            if (!o.measured()) {
                out.append(String.format(Locale.ROOT, "%-13s %5d %s%n", o.spec().name(), o.spec().connections(), o.state()));
                continue;
            }
            Figures.Result r = o.figures();
            out.append(String.format(Locale.ROOT, "%-13s %5d %10.1f %6d %6d %6d %7d %8d %6d %6d %6d %6d %8d%n",
                    o.spec().name(), o.spec().connections(), r.throughputPerS(), r.p50Ms(), r.p95Ms(), r.p99Ms(),
                    r.maxMs(), r.status2xx(), r.status429(), r.status4xxOther(), r.status5xx(), r.connectionErrors(),
                    r.rejected()));
        }
        return out.toString();
    }
}
