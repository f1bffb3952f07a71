package org.opentrade.risk.domain.pretrade;

import java.math.BigInteger;
import java.util.Optional;

import org.opentrade.api.money.Decimal8;
import org.opentrade.api.risk.OrderRiskCheck;
import org.opentrade.api.risk.RiskDecision;

/**
 * An order may not reach through the reference price by more than priceBandPercent, bounds included: a BUY may pay at
 * most reference x (1 + band), a SELL sell down to reference x (1 - band). Such a price is a mistake (the fat finger)
 * or an attempt to move the last price more often than a trade. Far on its own side an order is harmless: it rests
 * until the market comes to it, as resting bids far below the market do on every venue, so that side is not bounded.
 * Without a reference there is nothing to hold the price against; a MARKET order without a protection price (0) cannot
 * fill.
 */
final class PriceBand implements OrderRule {
    static final String NAME = "priceBand";
    /** (price - reference) x 100% x 10^8 <= reference x percent (BUY; mirrored for SELL), in integers. */
    private static final BigInteger HUNDRED_PERCENT = BigInteger.valueOf(100 * Decimal8.ONE);

    @Override
    public Optional<RiskDecision> refusal(OrderRiskCheck order, SymbolLimits limits) {
        if (order.price() == 0) {
            return Optional.empty();
        }
        boolean buy = "BUY".equals(order.side());
        return ReferencePrice.of(order, limits).flatMap(reference -> outside(buy, order.price(), reference, limits));
    }

    private static Optional<RiskDecision> outside(boolean buy, long price, ReferencePrice reference,
                                                  SymbolLimits limits) {
        BigInteger beyond = BigInteger.valueOf(price).subtract(BigInteger.valueOf(reference.price()));
        BigInteger distance = buy ? beyond : beyond.negate();
        BigInteger allowed = BigInteger.valueOf(reference.price()).multiply(BigInteger.valueOf(limits.priceBandPercent()));
        if (distance.multiply(HUNDRED_PERCENT).compareTo(allowed) <= 0) {
            return Optional.empty();
        }
        return Optional.of(RiskDecision.reject(NAME, (buy ? "BUY" : "SELL") + " price " + Decimal8.format(price)
                + (buy ? " above " : " below ") + "the band of " + Decimal8.format(limits.priceBandPercent())
                + "% around reference " + Decimal8.format(reference.price()) + " (" + reference.source() + ")"));
    }
}
