package org.opentrade.platform.jobs;

import java.util.function.IntUnaryOperator;

/**
 * The loop every sweeper shares: delete (or settle) in batches of at most {@code batchSizeMax} until a batch comes
 * back short, at most {@code batchesMax} batches, and only while the lease has time; whatever is left waits for the
 * next period.
 */
public final class Sweep {
    private Sweep() {
    }

    /**
     * @param batch given the batch size, does one batch and returns how many rows it took
     * @return rows taken in all
     */
    public static long inBatches(JobLease lease, int batchSizeMax, int batchesMax, IntUnaryOperator batch) {
        if (batchSizeMax <= 0 || batchesMax <= 0) {
            throw new IllegalArgumentException("batchSizeMax and batchesMax must be positive");
        }
        long total = 0;
        for (int i = 0; i < batchesMax && lease.hasTime(); i++) {
            int taken = batch.applyAsInt(batchSizeMax);
            total += taken;
            if (taken < batchSizeMax) {
                break;
            }
        }
        return total;
    }
}
