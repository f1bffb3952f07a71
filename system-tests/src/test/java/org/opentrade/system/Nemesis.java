package org.opentrade.system;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The faults of the bank test under faults, injected one at a time on a seeded schedule, each timed from injection
 * until the caller's probe says the API serves again: kill -9 and restart of each provider and the facade, restarts
 * of the broker, the Seata coordinator, Redis and the replica, and kill -9 of the MariaDB primary.
 */
final class Nemesis {
    static final Duration SERVING_WITHIN = Duration.ofSeconds(240);
    static final long PAUSE_BETWEEN_FAULTS_MS = 5_000;

    /** {@code mayBeExternal}: the server may run outside this stack (Redis on this machine), so it is not ours to restart. */
    record Fault(String name, Runnable inject, boolean mayBeExternal) {
    }

    record Injected(String fault, double recoverySeconds, String note) {
    }

    private Nemesis() {
    }

    static List<Fault> faults() {
        List<Fault> faults = new ArrayList<>();
        for (String app : List.of("user-provider", "fund-provider", "trade-provider", "payment-provider",
                "risk-provider", "web-facade")) {
            faults.add(new Fault("kill -9 " + app, () -> {
                Stack.run("kill-app", app);
                Stack.run("start-app", app);
            }, false));
        }
        for (String server : List.of("rocketmq-broker", "seata", "redis", "mariadb-replica")) {
            faults.add(new Fault("restart " + server, () -> Stack.infra("restart", server), server.equals("redis")));
        }
        faults.add(new Fault("kill -9 mariadb-primary", () -> Stack.infra("crash", "mariadb-primary"), false));
        return faults;
    }

    /**
     * With {@code minutes} 0: the first {@code faultsOnce} faults of one seeded round (the CI mode). Otherwise every
     * fault in seeded order, round after round, until {@code minutes} have passed.
     */
    static List<Injected> run(long seed, long minutes, int faultsOnce, BooleanSupplier serving) {
        Random random = new Random(seed);
        List<Injected> injected = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        do {
            List<Fault> round = new ArrayList<>(faults());
            Collections.shuffle(round, random);
            if (minutes == 0) {
                round = round.subList(0, faultsOnce);
            }
            for (Fault fault : round) {
                Trading.sleep(PAUSE_BETWEEN_FAULTS_MS);
                injected.add(inject(fault, serving));
                if (minutes > 0 && System.nanoTime() > deadline) {
                    break;
                }
            }
        } while (minutes > 0 && System.nanoTime() < deadline);
        Trading.sleep(PAUSE_BETWEEN_FAULTS_MS);
        return injected;
    }

    private static Injected inject(Fault fault, BooleanSupplier serving) {
        System.out.printf("[chaos] %s%n", fault.name());
        long started = System.nanoTime();
        try {
            fault.inject().run();
        } catch (IllegalStateException e) {
            if (fault.mayBeExternal()) {
                return new Injected(fault.name(), 0, "skipped: not started by this stack (an external server)");
            }
            throw e;
        }
        await().atMost(SERVING_WITHIN).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(serving::getAsBoolean);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("[chaos] %s: restarted and the API serving again after %.1f s%n", fault.name(), seconds);
        return new Injected(fault.name(), seconds, "");
    }
}
