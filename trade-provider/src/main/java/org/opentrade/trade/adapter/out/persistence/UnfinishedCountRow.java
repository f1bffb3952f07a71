package org.opentrade.trade.adapter.out.persistence;

/** How many unfinished LIMIT GTC orders one user has on one symbol (see {@link OrderMapper#unfinishedGtcCounts}). */
class UnfinishedCountRow {
    long userId;
    String symbol;
    int unfinished;
}
