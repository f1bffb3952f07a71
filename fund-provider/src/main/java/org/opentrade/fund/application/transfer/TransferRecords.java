package org.opentrade.fund.application.transfer;

import java.util.List;
import java.util.Optional;

import org.opentrade.api.page.TimeIdCursor;
import org.opentrade.api.page.TimeWindow;

/** Transfers as recorded on the sender's shard. */
public interface TransferRecords {

    /** Claims the sender's idempotency key; empty when a transfer with that key exists already. */
    Optional<TransferRecord> insertPending(TransferRecord pending);

    Optional<TransferRecord> byIdempotencyKey(long fromUserId, String idempotencyKey);

    Optional<TransferRecord> byId(long fromUserId, long transferId);

    /**
     * Up to {@code limit} of the transfers the user sent in {@code window}, newest first by (creation time, transfer
     * id), strictly below {@code afterOrNull}. Read from the primary: a client lists what it just sent.
     */
    List<TransferRecord> newestFirst(long fromUserId, TimeWindow window, TimeIdCursor afterOrNull, int limit);

    /** Transfers still PENDING that were created before {@code createdBefore}, oldest first, at most {@code limit}. */
    java.util.List<TransferRecord> pendingSince(java.time.Instant createdBefore, int limit);

    /** PENDING -> status; a transfer already final keeps its status. */
    void finish(long fromUserId, long transferId, TransferStatus status);
}
