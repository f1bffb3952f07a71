package org.opentrade.risk.domain.pretrade;

import java.util.Optional;

import org.opentrade.api.risk.OrderRiskCheck;

/**
 * The price an order's price is held against, from the freshest fact there is: the symbol's last trade, else the mid
 * of a two-sided book, else the price operators configured for a symbol that has not traded yet.
 *
 * @param source how the reference was found, for the reason text
 */
record ReferencePrice(long price, String source) {

    static Optional<ReferencePrice> of(OrderRiskCheck order, SymbolLimits limits) {
        if (order.lastTradePrice() > 0) {
            return Optional.of(new ReferencePrice(order.lastTradePrice(), "last trade"));
        }
        if (order.bestBid() > 0 && order.bestAsk() > 0) {
            return Optional.of(new ReferencePrice(mid(order.bestBid(), order.bestAsk()), "mid"));
        }
        if (limits.referencePrice() > 0) {
            return Optional.of(new ReferencePrice(limits.referencePrice(), "configured"));
        }
        return Optional.empty();
    }

    /** (bid + ask) / 2 rounded down, without the sum that could overflow. */
    static long mid(long bid, long ask) {
        return (bid >> 1) + (ask >> 1) + (bid & ask & 1);
    }
}
