package org.opentrade.trade.application.order;

import org.opentrade.api.fund.FillSettlement;

/**
 * The money side of orders (fund-provider): every call is idempotent on its reference, so a retry after a timeout
 * is always safe. Business refusals (INSUFFICIENT_FUNDS) arrive as BusinessException; anything else means the
 * outcome is unknown and the call is to be repeated.
 */
public interface Holds {

    void freeze(long userId, String asset, long amount, long orderId);

    void release(long userId, String asset, long amount, long orderId);

    void settle(FillSettlement fill);
}
