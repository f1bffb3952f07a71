package org.opentrade.trade.domain.matching.event;

/**
 * An output of the matching engine. Events of one command come in causal order: an order's
 * acceptance, then its trades (each followed by the completion of a maker it filled), then the
 * taker's completion. An accepted order with no terminal event rests in the book.
 */
public sealed interface EngineEvent
        permits OrderAccepted, OrderRejected, Trade, OrderFilled, OrderCanceled, CancelRejected {

    long orderId();

    long userId();
}
