package org.opentrade.trade.domain.matching;

/**
 * The FIFO queue of orders resting at one price: arrival order is time priority. Keeps its total
 * quantity so that depth and FOK checks need not walk the queue.
 */
final class PriceLevel {

    final long price;
    Order head;
    Order tail;
    long totalQuantity;
    int orderCount;

    PriceLevel(long price) {
        this.price = price;
    }

    void append(Order order) {
        order.level = this;
        order.prev = tail;
        order.next = null;
        if (tail == null) {
            head = order;
        } else {
            tail.next = order;
        }
        tail = order;
        totalQuantity += order.remaining;
        orderCount++;
    }

    void remove(Order order) {
        if (order.prev == null) {
            head = order.next;
        } else {
            order.prev.next = order.next;
        }
        if (order.next == null) {
            tail = order.prev;
        } else {
            order.next.prev = order.prev;
        }
        totalQuantity -= order.remaining;
        orderCount--;
        order.level = null;
        order.prev = null;
        order.next = null;
    }

    /** A resting order of this level traded {@code quantity}; it stays queued until removed. */
    void reduce(Order order, long quantity) {
        order.remaining -= quantity;
        totalQuantity -= quantity;
    }

    /** A queued order's untraded quantity becomes {@code remaining} (an amend down): its place stays. */
    void resize(Order order, long remaining) {
        totalQuantity += remaining - order.remaining;
        order.remaining = remaining;
    }

    boolean isEmpty() {
        return head == null;
    }
}
