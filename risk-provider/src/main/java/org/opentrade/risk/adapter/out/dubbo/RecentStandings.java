package org.opentrade.risk.adapter.out.dubbo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.opentrade.risk.domain.pretrade.UserStanding;

/**
 * Standings user-provider gave in the last {@code ageMsMax}, for at most {@code sizeMax} users. When full, entries past
 * their age are dropped first, and if that frees nothing all are: a full cache costs one look-up per user, never
 * memory without bound.
 */
final class RecentStandings {
    private record Entry(UserStanding standing, long atMs) {
    }

    private final long ageMsMax;
    private final int sizeMax;
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    RecentStandings(long ageMsMax, int sizeMax) {
        this.ageMsMax = ageMsMax;
        this.sizeMax = sizeMax;
    }

    /** The standing, or null when there is none younger than ageMsMax at {@code nowMs}. */
    UserStanding get(long userId, long nowMs) {
        Entry entry = entries.get(userId);
        return entry == null || nowMs - entry.atMs() >= ageMsMax ? null : entry.standing();
    }

    void put(long userId, UserStanding standing, long nowMs) {
        if (entries.size() >= sizeMax) {
            entries.values().removeIf(entry -> nowMs - entry.atMs() >= ageMsMax);
            if (entries.size() >= sizeMax) {
                entries.clear();
            }
        }
        entries.put(userId, new Entry(standing, nowMs));
    }

    /** Forgets one user: the next look-up asks user-provider. */
    void drop(long userId) {
        entries.remove(userId);
    }

    void dropAll() {
        entries.clear();
    }

    int size() {
        return entries.size();
    }
}
