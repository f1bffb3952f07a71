package org.opentrade.trade.domain.instrument;

import java.util.Objects;

import org.opentrade.trade.domain.money.FeeAccrual;
import org.opentrade.trade.domain.money.Notional;
import org.opentrade.trade.domain.money.Scale;

/**
 * A tradable pair as configured, e.g. {@code BTC-USD}: base asset bought and sold, quote asset
 * paid. All prices and quantities are longs of 10^-8 units (a price is quote units per whole
 * base unit); rates are parts per million.
 *
 * <p>{@code priceMax} and {@code quantityMax} exist so that no arithmetic on a valid order can
 * overflow: the constructor proves that the largest possible reservation (notional at
 * {@code priceMax} for {@code quantityMax} plus the taker fee on it) fits a long, so the engine
 * can reject out-of-range input with a code instead of ever meeting an overflow.
 *
 * <p>Fees are charged in the quote asset: a buyer pays notional plus fee, a seller receives
 * notional minus fee. The maker rate may not exceed the taker rate, because a buy order reserves
 * fee headroom at the taker rate and may later fill as a maker.
 *
 * <p>{@code minNotional} (quote units, 0 = none) is the smallest order the venue takes: checked when an
 * order is placed, never by the engine, so that changing it never changes how the log replays.
 */
public record Instrument(
        String symbol,
        String baseAsset,
        String quoteAsset,
        long priceTick,
        long quantityStep,
        long priceMax,
        long quantityMax,
        long makerFeeRatePpm,
        long takerFeeRatePpm,
        long marketProtectionBandPpm,
        long minNotional) {

    /** An instrument without a minimum notional. */
    public Instrument(String symbol, String baseAsset, String quoteAsset, long priceTick, long quantityStep,
                      long priceMax, long quantityMax, long makerFeeRatePpm, long takerFeeRatePpm,
                      long marketProtectionBandPpm) {
        this(symbol, baseAsset, quoteAsset, priceTick, quantityStep, priceMax, quantityMax, makerFeeRatePpm,
                takerFeeRatePpm, marketProtectionBandPpm, 0);
    }

    public Instrument {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(baseAsset, "baseAsset");
        Objects.requireNonNull(quoteAsset, "quoteAsset");
        require(priceTick > 0, "priceTick must be > 0");
        require(quantityStep > 0, "quantityStep must be > 0");
        require(priceMax >= priceTick && priceMax % priceTick == 0, "priceMax must be a positive multiple of priceTick");
        require(quantityMax >= quantityStep && quantityMax % quantityStep == 0,
                "quantityMax must be a positive multiple of quantityStep");
        require(0 <= makerFeeRatePpm && makerFeeRatePpm <= takerFeeRatePpm, "need 0 <= makerFeeRatePpm <= takerFeeRatePpm");
        require(takerFeeRatePpm <= Scale.PPM_PER_WHOLE, "takerFeeRatePpm must be <= 1_000_000");
        require(0 <= marketProtectionBandPpm && marketProtectionBandPpm < Scale.PPM_PER_WHOLE,
                "marketProtectionBandPpm must be in [0, 1_000_000)");
        require(largestReservationFits(priceMax, quantityMax, takerFeeRatePpm),
                "priceMax * quantityMax plus taker fee must fit a long");
        require(minNotional >= 0, "minNotional must be >= 0");
    }

    /** Whether an order of this price and quantity (both within their ranges) is at least the minimum notional. */
    public boolean meetsMinimumNotional(long price, long quantity) {
        return minNotional == 0 || Notional.of(price, quantity) >= minNotional;
    }

    public boolean isOnTick(long price) {
        return price % priceTick == 0;
    }

    public boolean isOnStep(long quantity) {
        return quantity % quantityStep == 0;
    }

    /** The largest multiple of the tick not above {@code price} (for {@code price >= 0}). */
    public long floorToTick(long price) {
        return price - price % priceTick;
    }

    /** The smallest multiple of the tick not below {@code price} (for {@code price >= 0}). */
    public long ceilToTick(long price) {
        long rest = price % priceTick;
        return rest == 0 ? price : price - rest + priceTick;
    }

    private static boolean largestReservationFits(long priceMax, long quantityMax, long takerFeeRatePpm) {
        try {
            long notional = Notional.of(priceMax, quantityMax);
            Math.addExact(notional, FeeAccrual.maxFee(notional, takerFeeRatePpm));
            return true;
        } catch (ArithmeticException overflow) {
            return false;
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
