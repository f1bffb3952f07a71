package org.opentrade.facade.stream;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the highest sequence seen per key, for at most {@code keysMax} keys (least recently used forgotten
 * first), and lets only newer sequences through. Events are delivered at least once and possibly out of order;
 * this drops the repeats and the stale ones. A key that was forgotten lets its next event through again, which
 * is acceptable for the stream: the frame carries the newest known state.
 */
final class SequenceGate {
    private final Map<String, Long> lastSequences;

    SequenceGate(int keysMax) {
        if (keysMax < 1) {
            throw new IllegalArgumentException("keysMax must be positive: " + keysMax);
        }
        this.lastSequences = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > keysMax;
            }
        };
    }

    /** True (and remembered) when {@code sequence} is above the last one let through for {@code key}. */
    synchronized boolean advance(String key, long sequence) {
        Long last = lastSequences.get(key);
        if (last != null && sequence <= last) {
            return false;
        }
        lastSequences.put(key, sequence);
        return true;
    }

    /** True the first time a key is seen (within the memory bound). */
    boolean firstSeen(String key) {
        return advance(key, 0);
    }

    synchronized int size() {
        return lastSequences.size();
    }
}
