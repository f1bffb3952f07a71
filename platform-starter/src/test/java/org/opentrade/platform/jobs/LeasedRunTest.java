package org.opentrade.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;

/** One tick: runs the job only under its lease, gives the lease back, and never gives back one it outlived. */
class LeasedRunTest {
    static final JobSchedule SCHEDULE = JobSchedule.of("test-job", 0, 1_000, 10_000);

    final AtomicLong nanos = new AtomicLong();
    final List<String> events = new ArrayList<>();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    boolean leaseFree = true;
    LockConfiguration asked;

    final LockProvider leases = configuration -> {
        asked = configuration;
        if (!leaseFree) {
            return Optional.empty();
        }
        return Optional.of((SimpleLock) () -> events.add("released"));
    };

    LeasedRun run(Consumer<JobLease> body) {
        return new LeasedRun(new PeriodicJob() {
            @Override
            public JobSchedule schedule() {
                return SCHEDULE;
            }

            @Override
            public void run(JobLease lease) {
                body.accept(lease);
            }
        }, leases, meters, Clock.systemUTC(), nanos::get);
    }

    @Test
    void runsTheJobUnderItsLeaseAndGivesItBack() {
        boolean ran = run(lease -> events.add("ran")).tick();

        assertThat(ran).isTrue();
        assertThat(events).containsExactly("ran", "released");
        assertThat(asked.getName()).isEqualTo("test-job");
        assertThat(asked.getLockAtMostFor().toMillis()).isEqualTo(10_000);
        assertThat(asked.getLockAtLeastFor().toMillis()).isEqualTo(900);
        assertThat(meters.get("opentrade.job.runs").tag("job", "test-job").counter().count()).isEqualTo(1);
    }

    @Test
    void doesNothingWhenAnotherInstanceHoldsTheLease() {
        leaseFree = false;

        assertThat(run(lease -> events.add("ran")).tick()).isFalse();
        assertThat(events).isEmpty();
        assertThat(meters.get("opentrade.job.lease.busy").tag("job", "test-job").counter().count()).isEqualTo(1);
    }

    @Test
    void aFailingRunStillGivesTheLeaseBackAndTheTickDoesNotThrow() {
        boolean ran = run(lease -> {
            throw new IllegalStateException("boom");
        }).tick();

        assertThat(ran).isTrue();
        assertThat(events).containsExactly("released");
    }

    @Test
    void theLeaseHasTimeForHalfOfLockAtMostFor() {
        run(lease -> {
            events.add("start " + lease.hasTime());
            nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(4_999));
            events.add("4999 ms " + lease.hasTime());
            nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
            events.add("5000 ms " + lease.hasTime());
        }).tick();

        assertThat(events).containsExactly("start true", "4999 ms true", "5000 ms false", "released");
    }

    @Test
    void aRunThatOutlivedLockAtMostForLeavesTheLeaseAlone() {
        // ShedLock releases by name: releasing now could end the lease another instance has taken since
        run(lease -> nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(10_000))).tick();

        assertThat(events).isEmpty();
    }

    @Test
    void anUnavailableLeaseStoreSkipsTheTick() {
        LeasedRun run = new LeasedRun(new PeriodicJob() {
            @Override
            public JobSchedule schedule() {
                return SCHEDULE;
            }

            @Override
            public void run(JobLease lease) {
                events.add("ran");
            }
        }, configuration -> {
            throw new IllegalStateException("database down");
        }, meters, Clock.systemUTC(), nanos::get);

        assertThat(run.tick()).isFalse();
        assertThat(events).isEmpty();
    }
}
