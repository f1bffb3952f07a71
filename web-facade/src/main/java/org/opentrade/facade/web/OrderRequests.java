package org.opentrade.facade.web;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.money.Amounts;

/** Prices and quantities of an order request, read at the edge: anything malformed is a 400 with its own code. */
final class OrderRequests {
    private OrderRequests() {
    }

    /** A MARKET order may leave the price out (0); a given price must be a positive decimal in range. */
    static long price(String text, String type) {
        if ((text == null || text.isEmpty()) && "MARKET".equalsIgnoreCase(type)) {
            return 0;
        }
        try {
            return Amounts.parsePositive(text);
        } catch (IllegalArgumentException e) {
            throw new BusinessException(ErrorCode.INVALID_PRICE, "price must be a positive decimal with at most 8 decimals");
        }
    }

    static long quantity(String text) {
        try {
            return Amounts.parsePositive(text);
        } catch (IllegalArgumentException e) {
            throw new BusinessException(ErrorCode.INVALID_QUANTITY,
                    "quantity must be a positive decimal with at most 8 decimals");
        }
    }
}
