package org.opentrade.facade.stream;

import java.util.HashMap;
import java.util.Map;

/**
 * Open sessions per verified user and per client address on this instance, so that one client (or one stolen token)
 * cannot take all {@code sessionsMax} sockets. Counted under one lock: handshakes are rare next to frames.
 */
final class StreamQuotas {
    private final int perUserMax;
    private final int perAddressMax;
    private final Map<String, Integer> byAddress = new HashMap<>();
    private final Map<Long, Integer> byUser = new HashMap<>();

    StreamQuotas(int perUserMax, int perAddressMax) {
        this.perUserMax = perUserMax;
        this.perAddressMax = perAddressMax;
    }

    /** Whether one more session of this address (and user, when verified) would be within both caps. */
    synchronized boolean admits(String address, Long userIdOrNull) {
        return byAddress.getOrDefault(address, 0) < perAddressMax
                && (userIdOrNull == null || byUser.getOrDefault(userIdOrNull, 0) < perUserMax);
    }

    synchronized boolean tryAcquire(String address, Long userIdOrNull) {
        if (!admits(address, userIdOrNull)) {
            return false;
        }
        byAddress.merge(address, 1, Integer::sum);
        if (userIdOrNull != null) {
            byUser.merge(userIdOrNull, 1, Integer::sum);
        }
        return true;
    }

    synchronized void release(String address, Long userIdOrNull) {
        byAddress.computeIfPresent(address, (key, count) -> count > 1 ? count - 1 : null);
        if (userIdOrNull != null) {
            byUser.computeIfPresent(userIdOrNull, (key, count) -> count > 1 ? count - 1 : null);
        }
    }
}
