package org.opentrade.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class SweepTest {
    final AtomicLong nanos = new AtomicLong();
    final JobLease lease = new JobLease(JobSchedule.of("sweep", 0, 1_000, 10_000), 0, nanos::get);
    final List<Integer> asked = new ArrayList<>();

    @Test
    void stopsAtTheFirstShortBatch() {
        int[] rows = {100, 100, 37, 100};
        long total = Sweep.inBatches(lease, 100, 10, size -> {
            asked.add(size);
            return rows[asked.size() - 1];
        });

        assertThat(total).isEqualTo(237);
        assertThat(asked).containsExactly(100, 100, 100);
    }

    @Test
    void stopsAfterBatchesMax() {
        long total = Sweep.inBatches(lease, 10, 3, size -> size);

        assertThat(total).isEqualTo(30);
    }

    @Test
    void startsNoBatchOnceTheLeaseIsOutOfTime() {
        long total = Sweep.inBatches(lease, 10, 100, size -> {
            nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(2_000));
            return size;
        });

        assertThat(total).isEqualTo(30); // batches started at 0, 2 and 4 s; at 6 s half the lease (5 s) is spent
    }
}
