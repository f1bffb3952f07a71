package org.opentrade.trade.domain.matching;

import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.command.PlaceOrder;

/**
 * The checks a PlaceOrder, or an amend's new terms, must pass whatever the book holds. Ranges come before tick and
 * step, so a zero or negative number reads as "out of range", not as "off tick". Every check here keeps later
 * arithmetic inside the bounds the Instrument proved cannot overflow.
 */
public final class OrderValidation {

    private OrderValidation() {
    }

    public static MatchResultCode check(Instrument instrument, PlaceOrder order) {
        if (order.orderId() <= 0) {
            return MatchResultCode.INVALID_ORDER_ID;
        }
        if (order.userId() <= 0) {
            return MatchResultCode.INVALID_USER_ID;
        }
        MatchResultCode quantity = checkQuantity(instrument, order.quantity());
        if (quantity != MatchResultCode.OK) {
            return quantity;
        }
        MatchResultCode price = checkPrice(instrument, order);
        if (price != MatchResultCode.OK) {
            return price;
        }
        return checkCombination(order);
    }

    /** An amend's new limit price and total quantity: the same ranges, tick and step as a LIMIT order's. */
    public static MatchResultCode checkAmend(Instrument instrument, long price, long quantity) {
        MatchResultCode code = checkQuantity(instrument, quantity);
        if (code != MatchResultCode.OK) {
            return code;
        }
        if (price <= 0 || price > instrument.priceMax()) {
            return MatchResultCode.PRICE_OUT_OF_RANGE;
        }
        return instrument.isOnTick(price) ? MatchResultCode.OK : MatchResultCode.INVALID_PRICE_TICK;
    }

    private static MatchResultCode checkQuantity(Instrument instrument, long quantity) {
        if (quantity <= 0 || quantity > instrument.quantityMax()) {
            return MatchResultCode.QUANTITY_OUT_OF_RANGE;
        }
        if (!instrument.isOnStep(quantity)) {
            return MatchResultCode.INVALID_QUANTITY_STEP;
        }
        return MatchResultCode.OK;
    }

    /** A MARKET order may omit its price (0); a price that is given must be valid either way. */
    private static MatchResultCode checkPrice(Instrument instrument, PlaceOrder order) {
        long price = order.price();
        if (order.type() == OrderType.MARKET && price == 0) {
            return MatchResultCode.OK;
        }
        if (price <= 0 || price > instrument.priceMax()) {
            return MatchResultCode.PRICE_OUT_OF_RANGE;
        }
        if (!instrument.isOnTick(price)) {
            return MatchResultCode.INVALID_PRICE_TICK;
        }
        return MatchResultCode.OK;
    }

    private static MatchResultCode checkCombination(PlaceOrder order) {
        boolean canRest = order.type() == OrderType.LIMIT && order.timeInForce() == TimeInForce.GTC;
        if (order.type() == OrderType.MARKET && order.timeInForce() == TimeInForce.GTC) {
            return MatchResultCode.INVALID_TIME_IN_FORCE;
        }
        if (order.postOnly() && !canRest) {
            return MatchResultCode.POST_ONLY_NOT_ALLOWED;
        }
        return MatchResultCode.OK;
    }
}
