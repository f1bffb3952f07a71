package org.opentrade.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What one run is asked to do, from system properties (deploy/local/stack bench sets them). Every duration has a
 * default that gives figures worth comparing (10 s warm-up, 30 s measured); {@code bench.quick} shortens both to a
 * smoke run that only proves the benchmark works.
 *
 * @param runId     unique per run: the prefix of the bench users' names, client order ids and idempotency keys
 */
record BenchSettings(String baseUrl, boolean quick, int warmupS, int firstWarmupS, int measuredS,
                     List<String> scenarios, Path resultsDir, String commit, boolean dirty, String runId,
                     Instant startedAt) {

    static final int QUICK_WARMUP_S = 1;
    static final int QUICK_MEASURED_S = 3;
    static final int WARMUP_S = 10;
    /**
     * The first scenario warms longer: a stack that just started still compiles its hot paths (measured: C2 took a
     * third of a provider's CPU for minutes after a restart), which would count against whichever scenario runs first.
     */
    static final int FIRST_WARMUP_S = 40;
    static final int MEASURED_S = 30;

    static BenchSettings fromSystemProperties() {
        boolean quick = Boolean.getBoolean("bench.quick");
        int warmupS = Integer.getInteger("bench.warmupS", quick ? QUICK_WARMUP_S : WARMUP_S);
        int measuredS = Integer.getInteger("bench.measuredS", quick ? QUICK_MEASURED_S : MEASURED_S);
        int firstWarmupS = Math.max(warmupS, Integer.getInteger("bench.firstWarmupS", quick ? warmupS : FIRST_WARMUP_S));
        if (warmupS < 0 || measuredS < 1 || warmupS + measuredS > 3600) {
            throw new IllegalArgumentException("bench.warmupS >= 0, bench.measuredS >= 1, together at most 3600");
        }
        Instant now = Instant.now();
        return new BenchSettings(
                System.getProperty("bench.baseUrl", "http://127.0.0.1:8080"),
                quick, warmupS, firstWarmupS, measuredS, scenarios(System.getProperty("bench.scenarios", "")),
                Path.of(System.getProperty("bench.results", "target/bench-results")).toAbsolutePath(),
                System.getProperty("bench.commit", "unknown"),
                Boolean.getBoolean("bench.dirty"),
                runId(now), now);
    }

    /** Seconds since the epoch in base 36 and two random characters: short enough for a 32-character username. */
    private static String runId(Instant now) {
        int salt = java.util.concurrent.ThreadLocalRandom.current().nextInt(36 * 36);
        return "b" + Long.toString(now.getEpochSecond(), 36) + Integer.toString(36 * 36 + salt, 36).substring(1);
    }

    /** Comma or space separated names; empty means every scenario, in the catalogue's order. */
    private static List<String> scenarios(String text) {
        List<String> names = Arrays.stream(text.split("[,\\s]+")).map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).distinct().toList();
        List<String> unknown = names.stream().filter(n -> !ScenarioCatalog.NAMES.contains(n)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown scenario " + unknown + "; known: " + ScenarioCatalog.NAMES);
        }
        return names.isEmpty() ? ScenarioCatalog.NAMES : ScenarioCatalog.NAMES.stream().filter(names::contains).toList();
    }
}
