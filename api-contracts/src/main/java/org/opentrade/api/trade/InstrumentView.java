package org.opentrade.api.trade;

import java.io.Serializable;

/**
 * A listed instrument. Tick, step and the minimum notional (quote units, 0 = none) are in 10^-8 units; fee rates in
 * parts per million.
 */
public record InstrumentView(String symbol, String baseAsset, String quoteAsset, long priceTick, long quantityStep,
                             long makerFeePpm, long takerFeePpm, long minNotional) implements Serializable {
}
