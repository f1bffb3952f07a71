package org.opentrade.facade.stream;

import java.util.List;

/** Stream limits for tests: the production defaults unless a test needs a small bound. */
final class StreamTestData {
    private StreamTestData() {
    }

    static StreamProperties limits() {
        return limits(1000, 50, 60_000);
    }

    static StreamProperties limits(int sessionsMax, int subscriptionsMax, long idleTimeoutMs) {
        return limits(sessionsMax, 10, 1000, subscriptionsMax, idleTimeoutMs);
    }

    /** Caps per user and per address, with the production values for the rest. */
    static StreamProperties caps(int sessionsMax, int perUserMax, int perAddressMax) {
        return limits(sessionsMax, perUserMax, perAddressMax, 50, 60_000);
    }

    private static StreamProperties limits(int sessionsMax, int perUserMax, int perAddressMax, int subscriptionsMax,
                                           long idleTimeoutMs) {
        return new StreamProperties(sessionsMax, perUserMax, perAddressMax, subscriptionsMax, 4096, 20, idleTimeoutMs, 5000, 524_288, 20,
                60_000, 100_000, 100_000, "g-orders", "g-trades", "127.0.0.1:9876", List.of());
    }
}
