package org.opentrade.trade.domain.matching.event;

/**
 * An output of the matching engine. Events of one command come in causal order: an order's
 * acceptance, then its trades (each followed by the completion of a maker it filled), then the
 * taker's completion. An accepted order with no terminal event rests in the book. An amend that
 * moves an order is followed, like an arrival, by the trades it takes and the order's completion.
 */
public sealed interface EngineEvent
        permits OrderAccepted, OrderRejected, Trade, OrderFilled, OrderCanceled, CancelRejected, OrderAmended,
        AmendRejected {

    long orderId();

    long userId();
}
