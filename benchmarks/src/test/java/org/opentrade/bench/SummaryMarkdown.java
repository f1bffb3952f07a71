package org.opentrade.bench;

import java.util.Locale;
import java.util.Map;

/** summary.md: the same facts as summary.json, laid out to be read and pasted into an issue. */
final class SummaryMarkdown {
    private SummaryMarkdown() {
    }

    static String of(Summary.Run run) {
        BenchSettings s = run.settings();
        Machine m = run.machine();
        StringBuilder md = new StringBuilder();
        md.append("# HTTP API benchmark, ").append(s.startedAt()).append("\n\n");
        md.append("- commit `").append(s.commit()).append('`').append(s.dirty() ? " (dirty work tree)" : "").append('\n');
        md.append("- machine: ").append(m.nproc()).append(" cores, ").append(m.memTotal()).append(", ")
                .append(m.cpuModel()).append('\n');
        md.append("- java: ").append(m.javaVersion()).append('\n');
        md.append("- parameters: ");
        run.parameters().forEach((k, v) -> md.append('`').append(k).append('=').append(v).append("` "));
        md.append("\n\n");
        md.append(figures(run));
        md.append('\n').append(verdict(run));
        md.append("\n## How the figures are taken\n\n")
                .append("Closed model: each scenario's virtual users start together, each on its own connection, and ")
                .append("send back-to-back for the warm-up and then the measured phase; only requests sent in the ")
                .append("measured phase count. Throughput is successful requests per second of the measured phase; ")
                .append("latency (Gatling's response time, whole ms) is of successful requests; an order answered ")
                .append("201 REJECTED is an error. The load generator runs on the same machine as the stack. ")
                .append("Gatling's report (throughput over time, percentiles, warm-up requests named apart): ")
                .append("`gatling/index.html`.\n");
        return md.toString();
    }

    private static String figures(Summary.Run run) {
        StringBuilder md = new StringBuilder("| scenario | connections | req/s | p50 ms | p95 ms | p99 ms | max ms | 2xx "
                + "| 429 | 4xx other | 5xx | connection errors | rejected | order statuses | errors |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (Summary.ScenarioOutcome o : run.scenarios()) {
            if (!o.measured()) {
                md.append("| ").append(o.spec().name()).append(" | ").append(o.spec().connections())
                        .append(" | ").append(o.state()).append(" | | | | | | | | | | | | |\n");
                continue;
            }
            Figures.Result r = o.figures();
            md.append(String.format(Locale.ROOT,
                    "| %s | %d | %.1f | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %s | %s |%n",
                    o.spec().name(), o.spec().connections(), r.throughputPerS(), r.p50Ms(), r.p95Ms(), r.p99Ms(),
                    r.maxMs(), r.status2xx(), r.status429(), r.status4xxOther(), r.status5xx(), r.connectionErrors(),
                    r.rejected(), r.orderStatuses().isEmpty() ? "" : r.orderStatuses(),
                    r.errors().isEmpty() ? "" : r.errors()));
        }
        md.append('\n');
        for (Summary.ScenarioOutcome o : run.scenarios()) {
            md.append("- ").append(o.spec().name()).append(": ").append(o.spec().description()).append('\n');
        }
        Double ratio = run.crossingOverCeiling();
        md.append("\nCrossing orders at 16 connections / no-op ceiling: ")
                .append(ratio == null ? "n/a (one of them was not measured)" : String.format(Locale.ROOT, "%.3f", ratio))
                .append('\n');
        return md.toString();
    }

    static String verdict(Summary.Run run) {
        Audit.Result a = run.audit();
        Cleanup.Outcome c = run.cleanup();
        StringBuilder md = new StringBuilder("## After the run\n\n");
        md.append("- cancel-all: ").append(c.ordersCanceled()).append(" open orders canceled")
                .append(c.cancelFailures() == 0 ? "" : ", " + c.cancelFailures() + " cancels failed").append('\n');
        md.append("- bench users' frozen balances: ").append(c.stillFrozen().isEmpty()
                ? "all zero (quiet after " + c.quietAfterMs() + " ms)" : "NOT zero: " + c.stillFrozen()).append('\n');
        if (a.error() != null) {
            md.append("- audit: NOT RUN: ").append(a.error()).append('\n');
        } else {
            md.append("- audit: ").append(a.sound() ? "sound" : "NOT SOUND").append("; sumByAsset ")
                    .append(sums(a.sumByAsset())).append(a.sumsZero() ? " (all zero)" : " (NOT all zero)")
                    .append("; violations ").append(a.violations().isEmpty() ? "none" : a.violations()).append('\n');
        }
        md.append("- verdict: ").append(run.passed() ? "PASS" : "FAIL").append('\n');
        return md.toString();
    }

    private static String sums(Map<String, String> sums) {
        StringBuilder out = new StringBuilder();
        sums.forEach((asset, sum) -> out.append(out.isEmpty() ? "" : ", ").append(asset).append(' ').append(sum));
        return out.isEmpty() ? "(none)" : out.toString();
    }
}
