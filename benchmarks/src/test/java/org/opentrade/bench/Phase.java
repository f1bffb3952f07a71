package org.opentrade.bench;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.Session;

/**
 * One scenario's clock and figures. Its virtual users all start at once and share one window: warm-up, then the
 * measured phase; each loops until the window closes (a closed model: the concurrency is the number of users).
 * The first user in starts the clock and prints the start line, the last one out prints the figures.
 */
final class Phase {
    static final String VU = "vu";
    static final int REJECTED_PRINTED_MAX = 5;

    private final ScenarioCatalog.Spec spec;
    private final long warmupNs;
    private final long windowNs;
    private final int measuredS;
    private final Figures figures;
    private final AtomicLong startNs = new AtomicLong();
    private final AtomicInteger arrivals = new AtomicInteger();
    private final AtomicInteger departures = new AtomicInteger();
    private final AtomicBoolean finished = new AtomicBoolean();
    private final AtomicInteger rejectedPrinted = new AtomicInteger();

    Phase(ScenarioCatalog.Spec spec, int warmupS, int measuredS) {
        this.spec = spec;
        this.warmupNs = warmupS * 1_000_000_000L;
        this.windowNs = (warmupS + measuredS) * 1_000_000_000L;
        this.measuredS = measuredS;
        this.figures = new Figures(spec.rejectedIsError());
    }

    ScenarioCatalog.Spec spec() {
        return spec;
    }

    /** A virtual user arrives; it gets its index (0..connections-1), which picks its bench user. */
    Session enter(Session session) {
        if (startNs.compareAndSet(0, System.nanoTime())) {
            BenchLog.line(">> %s: %d connections, warm-up %d s, measured %d s: %s", spec.name(), spec.connections(),
                    warmupNs / 1_000_000_000L, measuredS, spec.description());
        }
        return session.set(VU, arrivals.getAndIncrement());
    }

    boolean open() {
        return System.nanoTime() - startNs.get() < windowNs;
    }

    boolean measuring() {
        long elapsed = System.nanoTime() - startNs.get();
        return elapsed >= warmupNs && elapsed < windowNs;
    }

    /** Counts an answer of the measured phase; the first few rejected orders are printed as they come. */
    void record(Answer answer) {
        figures.record(answer);
        if (answer.rejectedOrder() && rejectedPrinted.getAndIncrement() < REJECTED_PRINTED_MAX) {
            BenchLog.line("%s: order %s answered REJECTED (%s)", spec.name(), answer.orderId(), answer.detail());
        }
    }

    Session leave(Session session) {
        if (departures.incrementAndGet() == spec.connections() && finished.compareAndSet(false, true)) {
            BenchLog.line("<< %s: %s", spec.name(), oneLine(result()));
        }
        return session;
    }

    Figures.Result result() {
        return figures.result(measuredS);
    }

    static String oneLine(Figures.Result r) {
        return String.format(Locale.ROOT, "%.1f req/s, p50 %d ms, p95 %d ms, p99 %d ms, max %d ms; 2xx %d, 429 %d, "
                        + "4xx %d, 5xx %d, connection errors %d, rejected %d%s", r.throughputPerS(), r.p50Ms(),
                r.p95Ms(), r.p99Ms(), r.maxMs(), r.status2xx(), r.status429(), r.status4xxOther(), r.status5xx(),
                r.connectionErrors(), r.rejected(), r.orderStatuses().isEmpty() ? "" : "; orders " + r.orderStatuses())
                + (r.errors().isEmpty() ? "" : "; errors " + r.errors());
    }
}
