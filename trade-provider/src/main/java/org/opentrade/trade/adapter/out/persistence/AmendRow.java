package org.opentrade.trade.adapter.out.persistence;

import java.sql.Timestamp;

/** One row of order_amends_N (MyBatis fills the fields directly). */
class AmendRow {
    long amendId;
    long orderId;
    long userId;
    String symbol;
    long price;
    long quantity;
    String holdAsset;
    long holdAdded;
    String status;
    String reason;
    long releaseAmount;
    Timestamp createdAt;
}
