package org.opentrade.trade.domain.matching;

/**
 * LIMIT trades at its price or better and may rest; MARKET trades at whatever the book offers
 * within the engine's protection price and never rests.
 */
public enum OrderType {
    LIMIT,
    MARKET
}
