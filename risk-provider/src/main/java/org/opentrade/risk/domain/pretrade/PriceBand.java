package org.opentrade.risk.domain.pretrade;

import java.math.BigInteger;
import java.util.Optional;

import org.opentrade.api.money.Decimal8;
import org.opentrade.api.risk.OrderRiskCheck;
import org.opentrade.api.risk.RiskDecision;

/**
 * An order's price lies within priceBandPercent of the reference price, bounds included, for BUY and SELL alike: a
 * price far off the market is a mistake (or an attempt to move the last price) more often than a trade. Without a
 * reference there is nothing to hold the price against; a MARKET order without a protection price (0) cannot fill.
 */
final class PriceBand implements OrderRule {
    static final String NAME = "priceBand";
    /** |price - reference| x 100% x 10^8 <= reference x percent: the band's test in integers, without division. */
    private static final BigInteger HUNDRED_PERCENT = BigInteger.valueOf(100 * Decimal8.ONE);

    @Override
    public Optional<RiskDecision> refusal(OrderRiskCheck order, SymbolLimits limits) {
        if (order.price() == 0) {
            return Optional.empty();
        }
        return ReferencePrice.of(order, limits).flatMap(reference -> outside(order.price(), reference, limits));
    }

    private static Optional<RiskDecision> outside(long price, ReferencePrice reference, SymbolLimits limits) {
        BigInteger distance = BigInteger.valueOf(price).subtract(BigInteger.valueOf(reference.price())).abs();
        BigInteger allowed = BigInteger.valueOf(reference.price()).multiply(BigInteger.valueOf(limits.priceBandPercent()));
        if (distance.multiply(HUNDRED_PERCENT).compareTo(allowed) <= 0) {
            return Optional.empty();
        }
        return Optional.of(RiskDecision.reject(NAME, "price " + Decimal8.format(price) + " outside "
                + Decimal8.format(limits.priceBandPercent()) + "% of reference " + Decimal8.format(reference.price())
                + " (" + reference.source() + ")"));
    }
}
