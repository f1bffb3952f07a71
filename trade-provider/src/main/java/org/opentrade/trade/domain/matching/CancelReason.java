package org.opentrade.trade.domain.matching;

/** Why an accepted order stopped with quantity left over. */
public enum CancelReason {
    /** The owner asked for it. */
    USER_REQUESTED,
    /** IOC or MARKET: what could not trade at once (within the limit or protection price) expires. */
    IMMEDIATE_REMAINDER,
    /** Self-trade prevention: the next maker belonged to the same user, so the taker's rest expired. */
    SELF_TRADE_PREVENTION
}
