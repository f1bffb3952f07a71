package org.opentrade.fund.application.transfer;

import java.util.Optional;

/** Transfers as recorded on the sender's shard. */
public interface TransferRecords {

    /** Claims the sender's idempotency key; empty when a transfer with that key exists already. */
    Optional<TransferRecord> insertPending(TransferRecord pending);

    Optional<TransferRecord> byIdempotencyKey(long fromUserId, String idempotencyKey);

    Optional<TransferRecord> byId(long fromUserId, long transferId);

    /** Transfers still PENDING that were created before {@code createdBefore}, oldest first, at most {@code limit}. */
    java.util.List<TransferRecord> pendingSince(java.time.Instant createdBefore, int limit);

    /** PENDING -> status; a transfer already final keeps its status. */
    void finish(long fromUserId, long transferId, TransferStatus status);
}
