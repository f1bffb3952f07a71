package org.opentrade.trade.domain.matching;

import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.money.FeeAccrual;
import org.opentrade.trade.domain.money.Notional;

/**
 * How much an order holds (freezes) while it lives, and how its fills use up that hold. The
 * service freezes exactly {@link #forOrder}; the engine reports per fill the part consumed and at
 * the end the part released, so that frozen always equals the holds of open orders.
 *
 * <ul>
 *   <li>SELL holds its base quantity; each fill consumes its quantity; the fee is taken from the
 *       quote proceeds, so no headroom is needed.</li>
 *   <li>BUY holds quote: {@code floor(reservePrice * quantity / 10^8)} plus
 *       {@code ceil(that * takerFeeRatePpm / 10^6)} as fee headroom; each fill consumes its
 *       notional plus its fee. The hold always suffices: fills are at or below the reserve price,
 *       notionals round down and add up to at most the reserved notional, fees telescope to
 *       {@code ceil} of the exact total (see {@link FeeAccrual}), and maker rate &lt;= taker rate.
 *       What is left when the order completes is released (price improvement, unused headroom).</li>
 * </ul>
 *
 * <p>An amend sets a resting order's unconsumed hold to exactly {@link #forRemainder} at its new terms (the most its
 * untraded rest can still consume). Fills never make an order's unconsumed hold fall below that figure, so an amend
 * that asks for no more (a SELL not larger, a BUY neither dearer nor larger) never needs more than the order holds.
 */
public final class Reservation {

    private Reservation() {
    }

    /**
     * The hold of an order: quote for a BUY, base for a SELL.
     *
     * @param limitPrice      the LIMIT price; for MARKET, the price the caller reserves at, or 0
     * @param protectionPrice the engine's protection price, used by a MARKET BUY without its own
     */
    public static long forOrder(Instrument instrument, Side side, OrderType type, long limitPrice,
                                long protectionPrice, long quantity) {
        if (side == Side.SELL) {
            return quantity;
        }
        return forBuy(instrument, reservePrice(type, limitPrice, protectionPrice), quantity);
    }

    /** The price a BUY reserves at: its limit, or for MARKET the caller's cap else the protection price. */
    public static long reservePrice(OrderType type, long limitPrice, long protectionPrice) {
        if (type == OrderType.LIMIT || limitPrice > 0) {
            return limitPrice;
        }
        return protectionPrice;
    }

    /** Quote held by a BUY of {@code quantity} at up to {@code price}, taker fee included. */
    public static long forBuy(Instrument instrument, long price, long quantity) {
        long notional = Notional.of(price, quantity);
        return Math.addExact(notional, FeeAccrual.maxFee(notional, instrument.takerFeeRatePpm()));
    }

    /**
     * The most the untraded {@code remaining} of a resting order can still consume: a SELL its base; a BUY the
     * notional at its limit plus the most its fees can still add, which depends on the fraction of a unit its fees
     * so far have accrued ({@code feeCarryPpm}, see {@link FeeAccrual}): future fills at or below the limit, at
     * rates up to the taker rate, pay at most {@code FeeAccrual.feeFor(carry, notional, takerRate)} together. With
     * no carry this is exactly {@link #forBuy}.
     */
    public static long forRemainder(Instrument instrument, Side side, long price, long remaining, long feeCarryPpm) {
        if (side == Side.SELL) {
            return remaining;
        }
        long notional = Notional.of(price, remaining);
        return Math.addExact(notional, FeeAccrual.feeFor(feeCarryPpm, notional, instrument.takerFeeRatePpm()));
    }

    /**
     * What the service freezes before an amend reaches the engine, from the order as stored ({@code filled} of its
     * {@code quantity} traded at {@code price}): the engine uses at most this ({@code AmendOrder.holdAdded}).
     * <ul>
     *   <li>SELL: the added quantity, exactly.</li>
     *   <li>BUY neither dearer nor larger: nothing (its own hold already covers the smaller order).</li>
     *   <li>Otherwise BUY: the increase of {@link #forBuy} for the untraded rest, plus one unit. The engine knows the
     *       order's fee carry, with which the increase can come out one unit above the carry-free figure.</li>
     * </ul>
     * Exact while the order does not trade between the read and the engine; if it does, the engine may find the
     * amount short and refuse the amend ({@code AMEND_HOLD_SHORT}) rather than let the order hold too little.
     */
    public static long forAmend(Instrument instrument, Side side, long price, long quantity, long filled,
                                long newPrice, long newQuantity) {
        if (newQuantity <= filled || filled < 0 || filled >= quantity) {
            throw new IllegalArgumentException("an amend needs an open order and a new quantity above its filled "
                    + filled + " (quantity " + quantity + ", new " + newQuantity + ")");
        }
        if (side == Side.SELL) {
            return Math.max(0, newQuantity - quantity);
        }
        if (newPrice <= price && newQuantity <= quantity) {
            return 0;
        }
        long increase = forBuy(instrument, newPrice, newQuantity - filled) - forBuy(instrument, price, quantity - filled);
        return Math.max(0, increase + 1);
    }

    /** The part of an order's hold one fill uses up. */
    public static long consumedByFill(Side side, long quantity, long notional, long fee) {
        return side == Side.BUY ? Math.addExact(notional, fee) : quantity;
    }
}
