package org.opentrade.trade.application.history;

import org.opentrade.api.page.PageCursor;

/**
 * Where a page of orders ended: the last order id on it. Order ids are time-ordered and unique (OrderIds), so
 * "order_id below this one, descending" continues newest first without skipping or repeating an order, and orders
 * placed meanwhile (larger ids) never push older ones onto the next page.
 */
public record OrderCursor(long lastOrderId) {
    private static final String VERSION = "o1";

    public static OrderCursor decode(String cursor) {
        String[] fields = PageCursor.decode(cursor, VERSION, 1);
        return new OrderCursor(PageCursor.number(fields[0]));
    }

    public String encode() {
        return PageCursor.encode(VERSION + ":" + lastOrderId);
    }
}
