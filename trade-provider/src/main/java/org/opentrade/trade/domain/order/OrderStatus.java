package org.opentrade.trade.domain.order;

/**
 * The life of an order. PENDING: stored and (being) frozen, not yet answered by the engine. NEW and
 * PARTIALLY_FILLED are open (resting in the book); FILLED, CANCELED and REJECTED are final.
 */
public enum OrderStatus {
    PENDING, NEW, PARTIALLY_FILLED, FILLED, CANCELED, REJECTED;

    public boolean open() {
        return this == NEW || this == PARTIALLY_FILLED;
    }

    public boolean terminal() {
        return this == FILLED || this == CANCELED || this == REJECTED;
    }
}
