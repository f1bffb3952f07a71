package org.opentrade.trade.application.settlement;

import java.util.ArrayList;
import java.util.List;

import org.opentrade.api.fund.MovementResult;
import org.opentrade.trade.application.DueWork;
import org.opentrade.trade.application.engine.EngineListeners;
import org.opentrade.trade.application.engine.SymbolEngines;
import org.opentrade.trade.application.order.Amends;
import org.opentrade.trade.application.order.Holds;
import org.opentrade.trade.application.order.Orders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Gives back what finished orders still hold (price improvement, unused fee headroom, a canceled remainder, a
 * rejected order's whole reservation), and what each decided amend frees (the unused part of its added hold, what a
 * smaller order no longer needs, all of it when refused), a page of each at a time in one fund-provider call.
 * Unfreezing is idempotent on the order's or the amend's hold reference; a row is marked released only after
 * fund-provider confirmed it, so an amend adjusts its order's hold exactly once however often this repeats.
 */
@Component
public class HoldReleases implements DisposableBean {

    static final int PAGE_SIZE = 500;
    private static final long POLL_MS = 1_000;
    private static final Logger log = LoggerFactory.getLogger(HoldReleases.class);

    private final Orders orders;
    private final Amends amends;
    private final Holds holds;
    private final SymbolEngines engines;
    private final DueWork work;

    public HoldReleases(Orders orders, Amends amends, Holds holds, SymbolEngines engines, EngineListeners listeners) {
        this.orders = orders;
        this.amends = amends;
        this.holds = holds;
        this.engines = engines;
        this.work = new DueWork("hold-releases", this::releaseDue, PAGE_SIZE, POLL_MS, TradeSettlement.GAP_MS);
        listeners.register(outcome -> outcome.finishedOrders() > 0 || outcome.amendReleases() > 0, work::nudge);
    }

    int releaseDue() {
        if (engines.all().isEmpty()) {
            return 0; // a standby: the engines' owner releases (one runner, under the engine lease)
        }
        return releaseOrders() + releaseAmends();
    }

    private int releaseOrders() {
        List<Orders.Release> due = orders.dueReleases(PAGE_SIZE);
        if (due.isEmpty()) {
            return 0;
        }
        List<MovementResult> results = holds.releaseAll(due.stream()
                .map(r -> Holds.Hold.ofOrder(r.userId(), r.asset(), r.amount(), r.orderId())).toList());
        List<Orders.Release> released = new ArrayList<>(due.size());
        for (int i = 0; i < due.size(); i++) {
            if (results.get(i).isDone()) {
                released.add(due.get(i));
            } else {
                log.error("release of order {} refused by the ledger ({}): it stays due", due.get(i).orderId(),
                        results.get(i).refusal());
            }
        }
        orders.markReleased(released);
        return released.size();
    }

    private int releaseAmends() {
        List<Amends.Release> due = amends.dueReleases(PAGE_SIZE);
        if (due.isEmpty()) {
            return 0;
        }
        List<MovementResult> results = holds.releaseAll(due.stream().map(Amends.Release::hold).toList());
        List<Amends.Release> released = new ArrayList<>(due.size());
        for (int i = 0; i < due.size(); i++) {
            if (results.get(i).isDone()) {
                released.add(due.get(i));
            } else {
                log.error("release of amend {} of order {} refused by the ledger ({}): it stays due",
                        due.get(i).amendId(), due.get(i).orderId(), results.get(i).refusal());
            }
        }
        amends.markReleased(released);
        return released.size();
    }

    @Override
    public void destroy() {
        work.stop();
    }
}
