package org.opentrade.trade.domain.order;

/**
 * The business references of the holds trade-provider takes in the ledger, built in one place. An order's own hold
 * is "order-{orderId}" (frozen at placement, released when it ends); each amend has one of its own,
 * "order-{orderId}-amend-{amendId}" (what was frozen before the amend, and what it released afterwards), so that a
 * retried freeze or release of an amend never adjusts the hold twice and never touches the order's own reference.
 */
public final class HoldReferences {

    private HoldReferences() {
    }

    public static String forOrder(long orderId) {
        return "order-" + orderId;
    }

    public static String forAmend(long orderId, long amendId) {
        return forOrder(orderId) + "-amend-" + amendId;
    }
}
