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

    /** The part of an order's hold one fill uses up. */
    public static long consumedByFill(Side side, long quantity, long notional, long fee) {
        return side == Side.BUY ? Math.addExact(notional, fee) : quantity;
    }
}
