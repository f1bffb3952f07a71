package org.opentrade.trade.application.engine;

/** What one engine batch left for the workers behind it, so each is woken only when it has something to do. */
public record BatchOutcome(int trades, int finishedOrders, int orderUpdates) {
}
