package org.opentrade.fund.domain.ledger;

/**
 * The two transactions that settle one fill: each is local to its user's shard and balanced against that
 * shard's TRADE_CLEARING; together they move notional and quantity between buyer and seller and net the
 * clearing accounts to zero. Either may be posted first.
 */
public record SettlementLegs(JournalTransaction buyer, JournalTransaction seller) {
}
