package org.opentrade.risk.domain.monitoring;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A detector's state per key (a user, a pair of users, ...), bounded two ways: at most {@code keysMax} keys, the least
 * recently seen one making room for a new one; and keys idle since before a horizon of event time can be dropped,
 * so that memory follows the users active in a window rather than every user ever seen.
 */
final class LeastRecentlySeen<K, V> {

    private static final class Tracked<V> {
        final V state;
        long lastSeenMs;

        Tracked(V state, long lastSeenMs) {
            this.state = state;
            this.lastSeenMs = lastSeenMs;
        }
    }

    private final Map<K, Tracked<V>> byKey;

    LeastRecentlySeen(int keysMax) {
        Bounds.requirePositive("keysMax", keysMax);
        // access order: iteration starts at the least recently seen key
        this.byKey = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Tracked<V>> eldest) {
                return size() > keysMax;
            }
        };
    }

    /** The state of {@code key}, created when absent, marked seen at {@code timeMs}. */
    V seen(K key, long timeMs, Supplier<V> create) {
        Tracked<V> tracked = byKey.computeIfAbsent(key, k -> new Tracked<>(create.get(), timeMs));
        tracked.lastSeenMs = Math.max(tracked.lastSeenMs, timeMs);
        return tracked.state;
    }

    /** The state of {@code key} marked seen at {@code timeMs}, or null when it is not tracked (nothing is created). */
    V seenIfTracked(K key, long timeMs) {
        Tracked<V> tracked = byKey.get(key);
        if (tracked == null) {
            return null;
        }
        tracked.lastSeenMs = Math.max(tracked.lastSeenMs, timeMs);
        return tracked.state;
    }

    /**
     * Drops keys last seen before {@code horizonMs}, from the least recently seen on, stopping at the first that is
     * not: with events roughly in time order that is every idle key, at a cost of the keys dropped.
     */
    void dropSeenBefore(long horizonMs) {
        Iterator<Tracked<V>> oldestFirst = byKey.values().iterator();
        while (oldestFirst.hasNext() && oldestFirst.next().lastSeenMs < horizonMs) {
            oldestFirst.remove();
        }
    }

    int size() {
        return byKey.size();
    }
}
