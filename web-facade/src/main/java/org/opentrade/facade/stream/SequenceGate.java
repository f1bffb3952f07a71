package org.opentrade.facade.stream;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the highest version seen per key, for at most {@code keysMax} keys (least recently used forgotten
 * first), and lets only newer versions through. A version is a sequence, or a pair compared in order (a ticker's last
 * trade id, then its window's start). Events are delivered at least once and possibly out of order; this drops the
 * repeats and the stale ones. A key that was forgotten lets its next event through again, which is acceptable for
 * the stream: the frame carries the newest known state.
 */
final class SequenceGate {
    private record Version(long major, long minor) {
        boolean isAfter(Version other) {
            return major != other.major ? major > other.major : minor > other.minor;
        }
    }

    private final Map<String, Version> lastVersions;

    SequenceGate(int keysMax) {
        if (keysMax < 1) {
            throw new IllegalArgumentException("keysMax must be positive: " + keysMax);
        }
        this.lastVersions = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Version> eldest) {
                return size() > keysMax;
            }
        };
    }

    /** True (and remembered) when {@code sequence} is above the last one let through for {@code key}. */
    boolean advance(String key, long sequence) {
        return advance(key, sequence, 0);
    }

    /** True (and remembered) when (major, minor) is above the last pair let through for {@code key}. */
    synchronized boolean advance(String key, long major, long minor) {
        Version next = new Version(major, minor);
        Version last = lastVersions.get(key);
        if (last != null && !next.isAfter(last)) {
            return false;
        }
        lastVersions.put(key, next);
        return true;
    }

    /** True the first time a key is seen (within the memory bound). */
    boolean firstSeen(String key) {
        return advance(key, 0);
    }

    /** Forgets the keys that start with {@code prefix}: their next version passes whatever it is. */
    synchronized void forget(String prefix) {
        lastVersions.keySet().removeIf(key -> key.startsWith(prefix));
    }

    synchronized int size() {
        return lastVersions.size();
    }
}
