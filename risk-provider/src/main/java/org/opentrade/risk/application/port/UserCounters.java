package org.opentrade.risk.application.port;

import java.util.List;

import org.opentrade.risk.domain.pretrade.CountedOrder;
import org.opentrade.risk.domain.pretrade.CounterOutcome;

/**
 * The per-user, per-symbol counters of {@link org.opentrade.risk.domain.pretrade.CounterRule}, shared by every
 * risk-provider instance.
 */
public interface UserCounters {

    /**
     * Checks and counts {@code orders} in their order, all at once (no other instance's orders interleave): an order
     * is counted only when it passes every counter rule, so an earlier order of the list counts towards a later one
     * of the same user. One outcome per order, in the same order.
     *
     * @throws org.opentrade.api.BusinessException SERVICE_UNAVAILABLE when the counters cannot be reached: nothing was
     *                                             counted that the caller can rely on, and no order may pass
     */
    List<CounterOutcome> count(List<CountedOrder> orders);
}
