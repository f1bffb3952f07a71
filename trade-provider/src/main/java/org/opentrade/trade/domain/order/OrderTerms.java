package org.opentrade.trade.domain.order;

/** An order's terms as an amend left them: limit price, total quantity, and its whole hold (fills' use included). */
public record OrderTerms(long price, long quantity, long reserved) {
}
