package org.opentrade.fund.adapter.out.persistence;

import org.opentrade.api.money.Asset;

/**
 * The sum of a batch's postings on one system account in one asset, added by one UPDATE if the balance before it
 * lies within {@code availableMin .. availableMax} (see {@link SystemPostings}).
 */
record SystemMove(long accountId, Asset asset, long amount, long availableMin, long availableMax) {
}
