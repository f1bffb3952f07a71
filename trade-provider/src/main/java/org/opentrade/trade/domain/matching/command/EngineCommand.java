package org.opentrade.trade.domain.matching.command;

/**
 * An input of the matching engine. The engine's output is a pure function of the sequence of
 * commands it was given, so logging commands is enough to rebuild a book exactly.
 */
public sealed interface EngineCommand permits PlaceOrder, CancelOrder, AmendOrder {

    long orderId();

    long userId();
}
