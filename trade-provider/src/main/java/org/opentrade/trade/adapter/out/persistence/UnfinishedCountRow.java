package org.opentrade.trade.adapter.out.persistence;

/** How many unfinished LIMIT GTC orders one user has (see {@link OrderMapper#unfinishedGtcCounts}). */
class UnfinishedCountRow {
    long userId;
    int unfinished;
}
