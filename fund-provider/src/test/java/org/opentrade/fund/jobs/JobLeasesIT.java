package org.opentrade.fund.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentrade.platform.jobs.JobLease;
import org.opentrade.platform.jobs.JobLeases;
import org.opentrade.platform.jobs.JobSchedule;
import org.opentrade.platform.jobs.PeriodicJob;
import org.opentrade.platform.jobs.PeriodicJobs;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of one job, each with its own connection pool and lease provider, on the real primary of the
 * running local stack (ot_fund_0): across both, the job runs about once per period and never twice at once; a
 * lease whose holder died is taken over once lockAtMostFor has passed. The lease table is a scratch copy made from
 * the real migration (sql/fund/V4__job_leases.sql) and dropped afterwards; Flyway's history is not touched.
 */
class JobLeasesIT {
    static final String URL = System.getenv().getOrDefault("OPENTRADE_DB_URL_PRIMARY", "jdbc:mariadb://127.0.0.1:13306")
            + "/ot_fund_0";
    static final long PERIOD_MS = 400;
    static final int PERIODS = 15;
    static final long RUN_MS = 50;

    final String table = "shedlock_it_" + UUID.randomUUID().toString().substring(0, 8);
    final List<HikariDataSource> pools = new ArrayList<>();
    final List<long[]> runs = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger concurrent = new AtomicInteger();
    final AtomicInteger overlaps = new AtomicInteger();

    @BeforeEach
    void leaseTable() throws Exception {
        String ddl = new ClassPathResource("db/fund/V4__job_leases.sql").getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("(?m)^--.*$", "").replace("CREATE TABLE shedlock", "CREATE TABLE " + table);
        new JdbcTemplate(pool()).execute(ddl.trim().replaceAll(";$", ""));
    }

    @AfterEach
    void dropIt() {
        new JdbcTemplate(pools.get(0)).execute("DROP TABLE IF EXISTS " + table);
        pools.forEach(HikariDataSource::close);
    }

    @Test
    void twoInstancesRunTheJobOncePerPeriodAndNeverAtOnce() throws Exception {
        JobSchedule schedule = JobSchedule.of("it-job", 0, PERIOD_MS, 10_000);
        PeriodicJobs first = instance("first", schedule);
        PeriodicJobs second = instance("second", schedule);
        first.start();
        Thread.sleep(PERIOD_MS / 2); // the second instance ticks half a period out of phase: the worst case
        second.start();
        Thread.sleep(PERIOD_MS * PERIODS);
        first.stop();
        second.stop();

        System.out.printf("[measure] job leases: %d runs by two instances in %d periods of %d ms%n", runs.size(), PERIODS,
                PERIOD_MS);
        assertThat(overlaps.get()).as("runs at the same time").isZero();
        // one instance alone would run PERIODS times or so, two without a lease about twice that
        assertThat(runs.size()).isBetween(PERIODS - 2, PERIODS + 2);
        List<Long> starts = runs.stream().map(r -> r[0]).sorted().toList();
        for (int i = 1; i < starts.size(); i++) {
            assertThat(starts.get(i) - starts.get(i - 1)).as("gap between runs %d and %d", i - 1, i)
                    .isGreaterThanOrEqualTo(schedule.lockAtLeastForMs() - 30);
        }
    }

    @Test
    void aLeaseWhoseHolderDiedIsTakenOverAfterLockAtMostFor() throws Exception {
        long lockAtMostForMs = 3_000;
        JobSchedule schedule = JobSchedule.of("it-dead-holder", 0, 200, lockAtMostForMs);
        LockProvider deadInstance = JobLeases.on(pool(), table, "dead-instance");
        Optional<SimpleLock> neverReleased = deadInstance.lock(new LockConfiguration(Instant.now(), schedule.name(),
                Duration.ofMillis(lockAtMostForMs), Duration.ZERO));
        assertThat(neverReleased).isPresent();
        long diedAt = System.nanoTime();

        PeriodicJobs survivor = instance("survivor", schedule);
        survivor.start();
        Thread.sleep(lockAtMostForMs + 1_500);
        survivor.stop();

        assertThat(runs).isNotEmpty();
        long firstRunAfterMs = (runs.get(0)[0] - diedAt) / 1_000_000;
        System.out.printf("[measure] job leases: a dead holder's lease (%d ms) taken over after %d ms%n",
                lockAtMostForMs, firstRunAfterMs);
        assertThat(firstRunAfterMs).as("the survivor waits for the dead holder's lease to expire")
                .isBetween(lockAtMostForMs - 300, lockAtMostForMs + 1_000);
    }

    private PeriodicJobs instance(String name, JobSchedule schedule) {
        LockProvider leases = JobLeases.on(pool(), table, name);
        return PeriodicJobs.of(List.of(new PeriodicJob() {
            @Override
            public JobSchedule schedule() {
                return schedule;
            }

            @Override
            public void run(JobLease lease) {
                if (concurrent.incrementAndGet() > 1) {
                    overlaps.incrementAndGet();
                }
                long start = System.nanoTime();
                try {
                    Thread.sleep(RUN_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                concurrent.decrementAndGet();
                runs.add(new long[] {start, System.nanoTime()});
            }
        }), leases, new SimpleMeterRegistry());
    }

    private HikariDataSource pool() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(URL);
        pool.setUsername(System.getenv().getOrDefault("OPENTRADE_DB_USER", "opentrade"));
        pool.setPassword(System.getenv().getOrDefault("OPENTRADE_DB_PASSWORD", "opentrade"));
        pool.setMaximumPoolSize(2);
        pools.add(pool);
        return pool;
    }
}
