package org.opentrade.risk.domain.monitoring;

import java.util.LinkedHashSet;
import java.util.Iterator;

/**
 * The ids of the newest {@code idsMax} events judged. Delivery is at least once: a redelivery arrives soon after the
 * first delivery, well within this memory, while an id older than it is forgotten so that memory stays bounded.
 */
final class RecentEventIds {
    private final int idsMax;
    private final LinkedHashSet<String> ids = new LinkedHashSet<>();

    RecentEventIds(int idsMax) {
        Bounds.requirePositive("idsMax", idsMax);
        this.idsMax = idsMax;
    }

    /** True the first time an id is offered (and it is remembered), false while it is remembered. */
    boolean firstTime(String eventId) {
        if (!ids.add(eventId)) {
            return false;
        }
        if (ids.size() > idsMax) {
            Iterator<String> oldestFirst = ids.iterator();
            oldestFirst.next();
            oldestFirst.remove();
        }
        return true;
    }
}
