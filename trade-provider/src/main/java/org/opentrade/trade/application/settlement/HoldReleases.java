package org.opentrade.trade.application.settlement;

import java.util.List;

import org.opentrade.trade.application.DueWork;
import org.opentrade.trade.application.engine.EngineListeners;
import org.opentrade.trade.application.order.Holds;
import org.opentrade.trade.application.order.Orders;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Gives back what a finished order still holds (price improvement, unused fee headroom, a canceled remainder, a
 * rejected order's whole reservation). Unfreezing is idempotent on the order id; the order is marked released
 * only after it returned.
 */
@Component
public class HoldReleases implements DisposableBean {

    static final int PAGE_SIZE = 200;
    private static final long POLL_MS = 1_000;

    private final Orders orders;
    private final Holds holds;
    private final DueWork work;

    public HoldReleases(Orders orders, Holds holds, EngineListeners listeners) {
        this.orders = orders;
        this.holds = holds;
        this.work = new DueWork("hold-releases", this::releaseDue, PAGE_SIZE, POLL_MS);
        listeners.register(outcome -> outcome.finishedOrders() > 0, work::nudge);
    }

    int releaseDue() {
        List<Orders.Release> due = orders.dueReleases(PAGE_SIZE);
        for (Orders.Release release : due) {
            holds.release(release.userId(), release.asset(), release.amount(), release.orderId());
            orders.markReleased(release.userId(), release.orderId());
        }
        return due.size();
    }

    @Override
    public void destroy() {
        work.stop();
    }
}
