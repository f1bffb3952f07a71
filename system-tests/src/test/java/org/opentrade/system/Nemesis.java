package org.opentrade.system;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The faults of the bank test under faults, injected one at a time on a seeded schedule: kill -9 and restart of each
 * provider and the facade, restarts of the broker, the Seata coordinator, Redis and the replica, and kill -9 of the
 * MariaDB primary. A Redis the stack did not start (this machine's) is not ours to restart: it is paused for
 * {@link #REDIS_PAUSE_S} instead (it answers no client meanwhile), an outage all the same.
 * <p>
 * Each provider runs twice while the nemesis works (its second instance, {@code NAME-b}), so a provider crash should
 * cost no outage: the other instance serves while the killed one restarts. For trade-provider the process killed is
 * the engine lease's owner, so the standby must take the engines over. Each fault is measured twice, by a probe that
 * asks the API for a transfer and an order every {@link #PROBE_EVERY}: how long the API did not serve (from the
 * injection to the answer of the last probe that failed, so a probe that hung counts whole), and how long until the
 * killed process was back and the API served.
 */
final class Nemesis {
    static final Duration SERVING_WITHIN = Duration.ofSeconds(240);
    static final Duration PROBE_EVERY = Duration.ofMillis(500);
    static final long PAUSE_BETWEEN_FAULTS_MS = 5_000;
    static final int REDIS_PAUSE_S = 15;
    static final List<String> PROVIDERS = List.of("user-provider", "fund-provider", "trade-provider",
            "payment-provider", "risk-provider");

    /**
     * {@code process} names what the fault hits, chosen at the moment of injection (trade-provider: whichever process
     * owns the engines); {@code inject} does it to that process and returns once it is back; {@code secondInstance}
     * is what must run beside it for no outage (null: nothing can, e.g. the facade, the single entry point).
     */
    record Fault(String action, Supplier<String> process, String secondInstance, Consumer<String> inject) {
    }

    /**
     * {@code unavailableSeconds}: from injection to the answer of the last probe that failed (0: none failed); {@code failedProbes}
     * of {@code probes}, and why they failed (reason -> count); {@code recoverySeconds}: until the process was back
     * and the API served.
     */
    record Injected(String fault, double unavailableSeconds, int failedProbes, int probes, double recoverySeconds,
                    Map<String, Integer> failures) {
    }

    private final long minutes;
    private final Random random;
    private final boolean ourRedis = Stack.startedByUs("redis");
    private final List<Fault> firstRound;

    /**
     * With {@code minutes} 0: the first {@code faultsOnce} faults of one seeded round (the CI mode). Otherwise every
     * fault in seeded order, round after round, until {@code minutes} have passed.
     */
    Nemesis(long seed, long minutes, int faultsOnce) {
        this.minutes = minutes;
        this.random = new Random(seed);
        List<Fault> round = shuffledRound();
        this.firstRound = minutes == 0 ? round.subList(0, faultsOnce) : round;
    }

    /** The second instances this schedule needs running before it starts (every provider's in long mode). */
    Set<String> secondInstances() {
        Set<String> names = new LinkedHashSet<>();
        firstRound.stream().map(Fault::secondInstance).filter(n -> n != null).forEach(names::add);
        if (minutes > 0) {
            PROVIDERS.forEach(p -> names.add(p + "-b"));
        }
        return names;
    }

    /** {@code whyNotServing}: null when the API serves, else what failed (e.g. "order 503 SERVICE_UNAVAILABLE"). */
    List<Injected> run(Supplier<String> whyNotServing) {
        List<Injected> injected = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        List<Fault> round = firstRound;
        while (true) {
            for (Fault fault : round) {
                Trading.sleep(PAUSE_BETWEEN_FAULTS_MS);
                injected.add(inject(fault, whyNotServing));
                if (minutes > 0 && System.nanoTime() > deadline) {
                    break;
                }
            }
            if (minutes == 0 || System.nanoTime() > deadline) {
                break;
            }
            round = shuffledRound();
        }
        Trading.sleep(PAUSE_BETWEEN_FAULTS_MS);
        return injected;
    }

    private List<Fault> shuffledRound() {
        Consumer<String> killAndStart = app -> {
            Stack.run("kill-app", app);
            Stack.run("start-app", app);
        };
        Consumer<String> restart = server -> Stack.infra("restart", server);
        List<Fault> round = new ArrayList<>();
        for (String app : PROVIDERS) {
            Supplier<String> process = app.equals("trade-provider") ? EngineRoles::ownerApp : () -> app;
            round.add(new Fault("kill -9", process, app + "-b", killAndStart));
        }
        round.add(new Fault("kill -9", () -> "web-facade", null, killAndStart));
        for (String server : List.of("rocketmq-broker", "seata", "redis", "mariadb-replica")) {
            round.add(server.equals("redis") && !ourRedis
                    ? new Fault("pause " + REDIS_PAUSE_S + " s (external)", () -> server, null,
                            redis -> Stack.infra("pause", redis, Integer.toString(REDIS_PAUSE_S)))
                    : new Fault("restart", () -> server, null, restart));
        }
        round.add(new Fault("kill -9", () -> "mariadb-primary", null, primary -> Stack.infra("crash", primary)));
        Collections.shuffle(round, random);
        return round;
    }

    private static Injected inject(Fault fault, Supplier<String> whyNotServing) {
        String process = fault.process().get();
        String name = fault.action() + " " + process;
        System.out.printf("[chaos] %s%n", name);
        Probe probe = new Probe(whyNotServing);
        Thread prober = new Thread(probe, "chaos-probe");
        prober.setDaemon(true);
        prober.start();
        fault.inject().accept(process);
        long restarted = System.nanoTime();
        await().atMost(SERVING_WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> probe.servedSince(restarted));
        probe.stop(prober);
        double unavailable = probe.lastFailedAt.get() == 0 ? 0 : (probe.lastFailedAt.get() - probe.started) / 1e9;
        double recovery = (System.nanoTime() - probe.started) / 1e9;
        System.out.printf("[chaos] %s: API unavailable for %.1f s (%d of %d probes failed: %s); restarted and serving "
                + "after %.1f s%n", name, unavailable, probe.failed.get(), probe.probes.get(), probe.failures, recovery);
        return new Injected(name, unavailable, probe.failed.get(), probe.probes.get(), recovery,
                Map.copyOf(probe.failures));
    }

    /** Asks the API every PROBE_EVERY whether it serves, and remembers when it last did not and last did, and why. */
    private static final class Probe implements Runnable {
        final Supplier<String> whyNotServing;
        final Map<String, Integer> failures = Collections.synchronizedMap(new TreeMap<>());
        final long started = System.nanoTime();
        final AtomicLong lastFailedAt = new AtomicLong();
        final AtomicLong lastServedAt = new AtomicLong();
        final AtomicInteger probes = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        volatile boolean stopped;

        Probe(Supplier<String> whyNotServing) {
            this.whyNotServing = whyNotServing;
        }

        @Override
        public void run() {
            while (!stopped) {
                long at = System.nanoTime();
                String why;
                try {
                    why = whyNotServing.get();
                } catch (RuntimeException e) {
                    why = "no answer";
                }
                probes.incrementAndGet();
                if (why == null) {
                    lastServedAt.set(at);
                } else {
                    failed.incrementAndGet();
                    failures.merge(why, 1, Integer::sum);
                    lastFailedAt.set(System.nanoTime());
                }
                Trading.sleep(Math.max(0, PROBE_EVERY.toMillis() - (System.nanoTime() - at) / 1_000_000));
            }
        }

        /** A probe sent after {@code since} was served. */
        boolean servedSince(long since) {
            return lastServedAt.get() >= since;
        }

        void stop(Thread prober) {
            stopped = true;
            try {
                prober.join(Api.TIMEOUT.toMillis() * 3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
