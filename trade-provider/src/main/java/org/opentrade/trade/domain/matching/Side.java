package org.opentrade.trade.domain.matching;

/** Which side of the book an order is on: a BUY rests among the bids, a SELL among the asks. */
public enum Side {
    BUY,
    SELL;

    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }
}
