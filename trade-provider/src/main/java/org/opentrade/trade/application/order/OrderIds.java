package org.opentrade.trade.application.order;

import java.time.Clock;

/**
 * Venue-wide order ids, ordered by time: 41 bits of milliseconds since 2025-01-01, 10 bits of worker id (one per
 * trade-provider process), 12 bits of sequence within the millisecond. The orders table's primary key backs the
 * uniqueness; ids never repeat within a process because the clock is never allowed to step back.
 */
public final class OrderIds {

    private static final long EPOCH_MS = 1_735_689_600_000L;
    private static final int WORKER_BITS = 10;
    private static final int SEQUENCE_BITS = 12;
    private static final long SEQUENCE_MASK = (1L << SEQUENCE_BITS) - 1;

    private final Clock clock;
    private final long workerId;
    private long lastMs = -1;
    private long sequence;

    public OrderIds(Clock clock, long workerId) {
        if (workerId < 0 || workerId >= (1L << WORKER_BITS)) {
            throw new IllegalArgumentException("workerId must be in [0, 1024)");
        }
        this.clock = clock;
        this.workerId = workerId;
    }

    public synchronized long next() {
        long now = Math.max(clock.millis(), lastMs);
        if (now == lastMs) {
            sequence = (sequence + 1) & SEQUENCE_MASK;
            if (sequence == 0) {
                now = lastMs + 1; // 4096 ids in this millisecond: borrow the next one
            }
        } else {
            sequence = 0;
        }
        lastMs = now;
        return ((now - EPOCH_MS) << (WORKER_BITS + SEQUENCE_BITS)) | (workerId << SEQUENCE_BITS) | sequence;
    }
}
