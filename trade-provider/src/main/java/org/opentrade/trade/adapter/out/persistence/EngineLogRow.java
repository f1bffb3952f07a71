package org.opentrade.trade.adapter.out.persistence;

/** One row of engine_log: a PLACE carries the whole order, a CANCEL only its ids, an AMEND the new terms. */
class EngineLogRow {
    String symbol;
    long seq;
    String kind;
    long orderId;
    long userId;
    String side;
    String type;
    String timeInForce;
    boolean postOnly;
    long price;
    long quantity;
    Long placeOrderId;
    Long amendId;
    long holdAdded;
    long loggedAtMs;
}
