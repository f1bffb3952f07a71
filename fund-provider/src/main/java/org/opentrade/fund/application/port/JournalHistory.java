package org.opentrade.fund.application.port;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opentrade.api.page.TimeIdCursor;
import org.opentrade.api.page.TimeWindow;
import org.opentrade.fund.application.JournalEntry;
import org.opentrade.fund.domain.ledger.BalanceKey;

/**
 * A user's journal read back, in the order of (posting time, entry id). Every read names the user, so it reads the
 * user's one shard; reads go to the replica (history tolerates the replication delay).
 */
public interface JournalHistory {

    /** Up to {@code limit} postings in {@code window}, newest first, strictly below {@code afterOrNull}. */
    List<JournalEntry> newestFirst(long userId, String assetOrNull, TimeWindow window, TimeIdCursor afterOrNull,
                                   int limit);

    /** Up to {@code limit} postings in {@code window}, oldest first. */
    List<JournalEntry> oldestFirst(long userId, String assetOrNull, TimeWindow window, int limit);

    /** The sum of the user's postings before {@code beforeMs}, per asset and bucket (absent: nothing posted). */
    Map<BalanceKey, Long> totalsBefore(long userId, String assetOrNull, long beforeMs);

    /** One posting of the user, by its entry id. */
    Optional<JournalEntry> entry(long userId, long entryId);
}
