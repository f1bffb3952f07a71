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
        return new StreamProperties(sessionsMax, subscriptionsMax, 4096, 20, idleTimeoutMs, 5000, 524_288, 20,
                60_000, 100_000, 100_000, "g-orders", "g-trades", "127.0.0.1:9876", List.of());
    }
}
