package org.opentrade.trade.domain.market;

/**
 * What candles need of a stored trade: its dense number within the symbol, price, base quantity, notional (quote)
 * and the time its command was logged. Amounts in 10^-8 units.
 */
public record MarketTrade(long tradeId, long price, long quantity, long notional, long tradedAtMs) {
}
