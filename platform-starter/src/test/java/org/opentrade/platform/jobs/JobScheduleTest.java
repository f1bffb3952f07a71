package org.opentrade.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class JobScheduleTest {

    @Test
    void theUsualLeaseIsKeptForNineTenthsOfThePeriodAndBudgetsHalfOfLockAtMostFor() {
        JobSchedule schedule = JobSchedule.of("pending-orders", 5_000, 5_000, 30_000);

        assertThat(schedule.lockAtLeastForMs()).isEqualTo(4_500);
        assertThat(schedule.workBudgetMs()).isEqualTo(15_000);
    }

    @Test
    void refusesLeasesThatCannotGiveOneRunPerPeriod() {
        assertThatThrownBy(() -> new JobSchedule("j", 0, 1_000, 5_000, 1_001))
                .hasMessageContaining("lockAtLeastForMs");
        assertThatThrownBy(() -> JobSchedule.of("j", 0, 10_000, 9_000))
                .hasMessageContaining("lockAtMostForMs");
        assertThatThrownBy(() -> JobSchedule.of("j", 0, 0, 1_000)).hasMessageContaining("periodMs");
        assertThatThrownBy(() -> JobSchedule.of("x".repeat(65), 0, 1_000, 5_000)).hasMessageContaining("name");
    }

    @Test
    void twoJobsOfOneApplicationCannotShareALease() {
        PeriodicJob job = new PeriodicJob() {
            @Override
            public JobSchedule schedule() {
                return JobSchedule.of("same", 0, 1_000, 5_000);
            }

            @Override
            public void run(JobLease lease) {
            }
        };
        assertThatThrownBy(() -> PeriodicJobs.of(List.of(job, job), configuration -> java.util.Optional.empty(),
                new SimpleMeterRegistry())).hasMessageContaining("same");
    }

    @Test
    void anUnboundedLeaseNeverRunsOutOfTime() {
        assertThat(JobLease.unbounded("on-demand").hasTime()).isTrue();
    }
}
