package org.opentrade.trade.application.order;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.opentrade.api.trade.OrderPage;
import org.opentrade.trade.application.history.OrderCursor;
import org.opentrade.api.page.TimeWindow;
import org.opentrade.trade.domain.order.OrderRecord;

/** The order store, sharded by user id. Reads that must see the caller's own writes go to the primary. */
public interface Orders {

    /**
     * Stores new PENDING orders (one statement for the batch); returns the ids of those that were not stored because
     * their user already has an order with the same clientOrderId.
     */
    Set<Long> insertPending(List<OrderRecord> orders);

    Optional<OrderRecord> byId(long userId, long orderId);

    /**
     * How many LIMIT GTC orders (the ones that can rest) each of these users has that are not finished (PENDING, NEW,
     * PARTIALLY_FILLED), per symbol, read from the primary.
     */
    OpenOrderCounts unfinishedGtcCounts(Collection<Long> userIds);

    Optional<OrderRecord> byClientOrderId(long userId, String clientOrderId);

    List<OrderRecord> list(long userId, String symbolOrNull, boolean openOnly, int limit);

    /**
     * Up to {@code limit} of the user's orders created in {@code window}, newest first (order id descending), below
     * {@code afterOrNull}; the page's nextCursor is set when more follow. Read from the primary.
     */
    OrderPage page(long userId, String symbolOrNull, boolean openOnly, TimeWindow window, OrderCursor afterOrNull,
                   int limit);

    /** How many of the user's orders (in the symbol, or all) are NEW or PARTIALLY_FILLED, read from the primary. */
    long countOpen(long userId, String symbolOrNull);

    /** PENDING orders that will never reach the engine, each with its reason; nothing is left to release. */
    void rejectAll(List<Rejection> rejections);

    /** PENDING orders created before {@code beforeMs}: stored, maybe frozen, not known to have reached the engine. */
    List<OrderRecord> pendingBefore(long beforeMs, int limit);

    /** Orders whose final release is due, as (order, amount to unfreeze). */
    List<Release> dueReleases(int limit);

    void markReleased(List<Release> released);

    record Release(long orderId, long userId, String asset, long amount) {
    }

    record Rejection(long userId, long orderId, String reason) {
    }
}
