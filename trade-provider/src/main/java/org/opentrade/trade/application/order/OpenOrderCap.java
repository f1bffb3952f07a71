package org.opentrade.trade.application.order;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opentrade.trade.application.engine.Submission;
import org.opentrade.trade.domain.order.OrderRecord;

/**
 * At most {@code openOrdersPerUserMax} unfinished orders that can rest (LIMIT GTC) per user, all symbols together, so
 * that one user cannot fill the books and the venue's memory with resting orders. Asked per batch after its orders are stored, so the count
 * includes the batch's own PENDING rows and a burst inside one batch cannot pass the cap; only orders that could rest
 * (LIMIT GTC) are refused, so a user at the cap can still trade out with IOC, FOK or MARKET orders. Batches of two
 * symbols stored at the same moment may not see each other's rows: the cap can be passed by at most one batch.
 */
final class OpenOrderCap {
    private final int max;

    OpenOrderCap(int max) {
        this.max = max;
    }

    /**
     * The stored orders that would take their user beyond the cap: each such user's newest ones that could rest.
     * {@code unfinished} was read after the batch was stored, so it counts the batch's own orders.
     */
    List<Submission> beyond(List<Submission> stored, OpenOrderCounts unfinished) {
        Map<Long, List<Submission>> restableByUser = new LinkedHashMap<>();
        for (Submission s : stored) {
            if (canRest(s.order())) {
                restableByUser.computeIfAbsent(s.order().userId(), user -> new ArrayList<>()).add(s);
            }
        }
        List<Submission> refused = new ArrayList<>();
        restableByUser.forEach((user, restable) -> {
            int excess = Math.min(restable.size(), unfinished.total(user) - max);
            if (excess > 0) {
                refused.addAll(restable.subList(restable.size() - excess, restable.size()));
            }
        });
        return refused;
    }

    int max() {
        return max;
    }

    static boolean canRest(OrderRecord order) {
        return "LIMIT".equals(order.type()) && "GTC".equals(order.timeInForce());
    }
}
