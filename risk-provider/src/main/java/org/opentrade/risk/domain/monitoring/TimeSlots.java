package org.opentrade.risk.domain.monitoring;

import java.util.Arrays;

/**
 * Amounts summed per fixed slot of event time, for the newest {@code slotCount} slots only: a slot that falls out of
 * range is cleared as time moves on, so memory never grows with the rate of events. Event time comes from the events;
 * a late event still counts when its slot is in range, and the newest slot seen is "now".
 */
final class TimeSlots {
    /** A sliding window kept in this many slots moves its trailing edge by 1/30 of its length at a time. */
    static final int WINDOW_SLOTS = 30;

    private final long slotMs;
    private final long[] sums;
    private long newestSlot;
    private boolean empty = true;

    TimeSlots(long slotMs, int slotCount) {
        Bounds.requirePositive("slotMs", slotMs);
        Bounds.requirePositive("slotCount", slotCount);
        this.slotMs = slotMs;
        this.sums = new long[slotCount];
    }

    /**
     * A sliding window of {@code windowMs}: an event counts for at least {@code windowMs - windowMs / 30} and never
     * longer than {@code windowMs}.
     */
    static TimeSlots window(long windowMs) {
        long slotMs = -Math.floorDiv(-windowMs, WINDOW_SLOTS);  // rounded up: at most WINDOW_SLOTS slots
        return new TimeSlots(slotMs, (int) (windowMs / slotMs));
    }

    long slotOf(long timeMs) {
        return Math.floorDiv(timeMs, slotMs);
    }

    long newestSlot() {
        return newestSlot;
    }

    /** Adds {@code amount} (not negative) to the slot of {@code timeMs}; nothing when that slot is already out of range. */
    void add(long timeMs, long amount) {
        long slot = slotOf(timeMs);
        advanceTo(slot);
        if (newestSlot - slot >= sums.length) {
            return;
        }
        int index = indexOf(slot);
        sums[index] = saturatedSum(sums[index], amount);
    }

    /** The sum of every slot in range once time has reached {@code nowMs}. */
    long total(long nowMs) {
        advanceTo(slotOf(nowMs));
        long total = 0;
        for (long sum : sums) {
            total = saturatedSum(total, sum);
        }
        return total;
    }

    /** The sum of the newest slot. */
    long newest() {
        return empty ? 0 : sums[indexOf(newestSlot)];
    }

    private void advanceTo(long slot) {
        if (empty || slot - newestSlot >= sums.length) {
            Arrays.fill(sums, 0);
        } else {
            for (long cleared = newestSlot + 1; cleared <= slot; cleared++) {
                sums[indexOf(cleared)] = 0;
            }
        }
        if (empty || slot > newestSlot) {
            newestSlot = slot;
            empty = false;
        }
    }

    private int indexOf(long slot) {
        return (int) Math.floorMod(slot, (long) sums.length);
    }

    /** Counts and notionals are never negative; a sum past a long stays at the maximum instead of turning negative. */
    private static long saturatedSum(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
