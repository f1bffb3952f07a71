package org.opentrade.trade.domain.matching;

/** Aggregated quantity at one price, for market depth. */
public record DepthLevel(long price, long quantity, int orderCount) {
}
