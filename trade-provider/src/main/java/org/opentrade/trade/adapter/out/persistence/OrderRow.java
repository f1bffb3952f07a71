package org.opentrade.trade.adapter.out.persistence;

import java.sql.Timestamp;

/** One row of orders_N (MyBatis fills the fields directly). */
class OrderRow {
    long orderId;
    long userId;
    String clientOrderId;
    String symbol;
    String side;
    String type;
    String timeInForce;
    boolean postOnly;
    long price;
    long quantity;
    long filledQuantity;
    String reserveAsset;
    long reserved;
    String status;
    String rejectReason;
    long releaseAmount;
    Timestamp createdAt;
    long eventSeq;
}
