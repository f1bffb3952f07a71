package org.opentrade.trade.domain.matching.command;

/**
 * Change a resting order's price and/or quantity. Both are absolute: {@code price} is the new limit, {@code quantity}
 * the new total quantity (what already traded included), so repeating an amend asks for the same order again.
 *
 * <p>Reducing the quantity at the same price keeps the order's place in its queue; any other change takes it out
 * and queues it again at the back of its (new) level, where it may trade at once as a taker, like a new order.
 *
 * <p>{@code holdAdded} is what the service froze for this amend, under the amend's own hold reference, before the
 * command reached the engine; the engine uses at most that much (else it refuses the amend) and reports what is left
 * of it, or what the smaller order no longer needs, to be released. {@code amendId} names the amend (unique, from
 * the service, like order ids); {@code postOnly} is the order's own flag as stored (a post-only order is never moved
 * to a price that would take).
 */
public record AmendOrder(long orderId, long userId, long amendId, long price, long quantity, long holdAdded,
                         boolean postOnly) implements EngineCommand {

    public AmendOrder {
        if (holdAdded < 0) {
            throw new IllegalArgumentException("a hold added is never negative: " + holdAdded);
        }
    }
}
