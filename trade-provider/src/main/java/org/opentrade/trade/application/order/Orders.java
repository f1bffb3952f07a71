package org.opentrade.trade.application.order;

import java.util.List;
import java.util.Optional;

/** The order store, sharded by user id. Reads that must see the caller's own writes go to the primary. */
public interface Orders {

    /** Stores a new PENDING order; false if the user already has an order with this clientOrderId. */
    boolean insert(OrderRecord order);

    Optional<OrderRecord> byId(long userId, long orderId);

    Optional<OrderRecord> byClientOrderId(long userId, String clientOrderId);

    List<OrderRecord> list(long userId, String symbolOrNull, boolean openOnly, int limit);

    /** A PENDING order that will never reach the engine (e.g. its hold could not be frozen). */
    void reject(long userId, long orderId, String reason);

    /** PENDING orders created before {@code beforeMs}: stored, maybe frozen, not known to have reached the engine. */
    List<OrderRecord> pendingBefore(long beforeMs, int limit);

    /** Orders whose final release is due, as (order, amount to unfreeze). */
    List<Release> dueReleases(int limit);

    void markReleased(long userId, long orderId);

    record Release(long orderId, long userId, String asset, long amount) {
    }
}
