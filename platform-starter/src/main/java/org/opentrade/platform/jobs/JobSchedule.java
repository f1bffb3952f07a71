package org.opentrade.platform.jobs;

/**
 * When a {@link PeriodicJob} runs and how long its lease lasts. Every instance ticks every {@code periodMs} (fixed
 * delay); a tick runs the job only if it takes the job's lease, so across instances the job runs at most once per
 * {@code lockAtLeastForMs} and, while any instance is up, about once per period.
 *
 * @param name             the lease's name, unique per application (the {@code shedlock.name} key)
 * @param initialDelayMs   delay before an instance's first tick
 * @param periodMs         delay between the end of one tick and the start of the next
 * @param lockAtMostForMs  the lease expires this long after it was taken even if its holder never releases it (a
 *                         crash, a pause): how late another instance may take over. The job's work is bounded to
 *                         half of it ({@link JobLease#hasTime()}), so a live holder finishes well before.
 * @param lockAtLeastForMs a released lease stays taken until this long after it was taken, so another instance's
 *                         tick that comes sooner within the same period does not run the job again
 */
public record JobSchedule(String name, long initialDelayMs, long periodMs, long lockAtMostForMs,
                          long lockAtLeastForMs) {
    static final int NAME_LENGTH_MAX = 64;

    public JobSchedule {
        if (name == null || name.isBlank() || name.length() > NAME_LENGTH_MAX) {
            throw new IllegalArgumentException("a job needs a name of 1.." + NAME_LENGTH_MAX + " characters");
        }
        if (initialDelayMs < 0 || periodMs <= 0) {
            throw new IllegalArgumentException(name + ": initialDelayMs >= 0 and periodMs > 0 required");
        }
        if (lockAtLeastForMs < 0 || lockAtLeastForMs > periodMs) {
            throw new IllegalArgumentException(name + ": lockAtLeastForMs must be within 0..periodMs, or the holder's "
                    + "own next tick would find its lease still taken");
        }
        if (lockAtMostForMs <= lockAtLeastForMs || lockAtMostForMs < 2) {
            throw new IllegalArgumentException(name + ": lockAtMostForMs must exceed lockAtLeastForMs");
        }
    }

    /**
     * The usual choice: a released lease is kept for nine tenths of the period (the holder's next tick, a period
     * later, finds it free; another instance's tick in between does not), and it expires after
     * {@code lockAtMostForMs}, chosen per job from the longest batch it writes.
     */
    public static JobSchedule of(String name, long initialDelayMs, long periodMs, long lockAtMostForMs) {
        return new JobSchedule(name, initialDelayMs, periodMs, lockAtMostForMs, periodMs - periodMs / 10);
    }

    /** How long a run may keep starting new work: half the lease, so the last batch ends before it can expire. */
    public long workBudgetMs() {
        return lockAtMostForMs / 2;
    }
}
