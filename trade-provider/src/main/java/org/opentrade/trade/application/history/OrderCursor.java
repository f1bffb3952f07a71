package org.opentrade.trade.application.history;

/**
 * Where a page of orders ended: the last order id on it. Order ids are time-ordered and unique (OrderIds), so
 * "order_id below this one, descending" continues newest first without skipping or repeating an order, and orders
 * placed meanwhile (larger ids) never push older ones onto the next page.
 */
public record OrderCursor(long lastOrderId) {
    private static final String VERSION = "o1";

    public static OrderCursor decode(String cursor) {
        String[] fields = CursorText.decode(cursor, VERSION, 1);
        return new OrderCursor(CursorText.number(fields[0]));
    }

    public String encode() {
        return CursorText.encode(VERSION + ":" + lastOrderId);
    }
}
