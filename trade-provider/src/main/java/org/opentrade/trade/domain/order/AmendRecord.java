package org.opentrade.trade.domain.order;

/**
 * An amend as stored: order {@code orderId} to {@code price} and total {@code quantity}; {@code holdAdded} of
 * {@code holdAsset} frozen for it beforehand under {@link HoldReferences#forAmend}; its status and, when refused, why.
 */
public record AmendRecord(long amendId, long orderId, long userId, String symbol, long price, long quantity,
                          String holdAsset, long holdAdded, AmendStatus status, String reason, long createdAtMs) {

    public String holdReference() {
        return HoldReferences.forAmend(orderId, amendId);
    }
}
