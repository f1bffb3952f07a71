package org.opentrade.user.application;

import java.util.ArrayList;
import java.util.List;

import org.opentrade.user.application.port.StatusChanges;
import org.opentrade.user.domain.StatusChange;

/** The StatusChanges port in memory: insertion order stands for the table's growing ids. */
public final class InMemoryStatusChanges implements StatusChanges {
    public final List<StatusChange> rows = new ArrayList<>();

    @Override
    public void add(StatusChange change) {
        rows.add(change);
    }

    @Override
    public List<StatusChange> ofUser(long userId, int limit) {
        List<StatusChange> newestFirst = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0 && newestFirst.size() < limit; i--) {
            if (rows.get(i).userId() == userId) {
                newestFirst.add(rows.get(i));
            }
        }
        return newestFirst;
    }
}
