package org.opentrade.api.trade;

import java.io.Serializable;

/**
 * A client's amend of one of its open orders, as received: the new limit {@code price} and the new total
 * {@code quantity} (what already traded included), in 10^-8 units; 0 leaves that term as it is (at least one is set).
 * Both are absolute, so sending the same amend twice asks for the same order twice, never for twice the change.
 */
public record AmendOrderCommand(long userId, String orderId, long price, long quantity) implements Serializable {
}
