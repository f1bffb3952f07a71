package org.opentrade.user.application;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opentrade.user.application.port.FailureCounters;

/** Counters in a map; they never expire (use-case tests run well inside any window). */
public final class InMemoryFailureCounters implements FailureCounters {
    private final Map<String, Long> counts = new HashMap<>();

    @Override
    public synchronized List<Long> counts(List<String> keys) {
        return keys.stream().map(key -> counts.getOrDefault(key, 0L)).toList();
    }

    @Override
    public synchronized void increment(List<String> keys, Duration quietFor) {
        keys.forEach(key -> counts.merge(key, 1L, Long::sum));
    }

    @Override
    public synchronized void clear(String key) {
        counts.remove(key);
    }
}
