package org.opentrade.api.trade;

import java.io.Serializable;
import java.util.List;

/**
 * What a cancel-all did: each order it tried, as it ended (CANCELED, or FILLED if it filled meanwhile), and how many
 * of the user's orders in scope were still open afterwards (beyond the batch bound, or placed meanwhile): the caller
 * repeats while {@code stillOpen} is above zero.
 */
public record CanceledOrders(List<OrderView> orders, long stillOpen) implements Serializable {
    /** Orders canceled by one call at most: one engine batch's worth, answered well inside the call timeout. */
    public static final int BATCH_MAX = 500;
}
