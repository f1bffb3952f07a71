package org.opentrade.fund.application.port;

import java.util.List;

import org.opentrade.fund.domain.ledger.ApplyOutcome;
import org.opentrade.fund.domain.ledger.HoldVoid;
import org.opentrade.fund.domain.ledger.JournalTransaction;
import org.opentrade.fund.domain.ledger.LedgerLimits;

/**
 * Many journal transactions at once, as the database applies them: item for item the outcomes of the in-memory
 * {@link org.opentrade.fund.domain.ledger.Ledger}'s batch calls (which are those of the single calls made one by
 * one in request order), at the cost of one local transaction per shard instead of one per item. Each item is
 * still all or nothing and idempotent on its own reference, shared with the single calls
 * ({@link org.opentrade.fund.application.JournalStore#apply}). At most {@link LedgerLimits#BATCH_SIZE_MAX} items.
 */
public interface JournalBatches {

    /** {@code Ledger.applyAll}: one outcome per transaction, in request order. */
    List<ApplyOutcome> applyAll(List<JournalTransaction> transactions);

    /** {@code Ledger.voidHolds}: one outcome per void, in request order. */
    List<ApplyOutcome> voidHolds(List<HoldVoid> holdVoids);
}
