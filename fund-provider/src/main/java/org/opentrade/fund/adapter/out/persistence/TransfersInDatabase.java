package org.opentrade.fund.adapter.out.persistence;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.apache.shardingsphere.infra.hint.HintManager;
import org.opentrade.api.page.TimeIdCursor;
import org.opentrade.api.page.TimeWindow;
import org.opentrade.fund.application.transfer.TransferRecord;
import org.opentrade.fund.application.transfer.TransferRecords;
import org.opentrade.fund.application.transfer.TransferStatus;
import org.opentrade.platform.db.CreatedAtKeyset;
import org.opentrade.platform.db.Primary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** Transfers on the sender's shard; every read goes to the primary (a client polls its own transfer). */
@Repository
class TransfersInDatabase implements TransferRecords {
    private final TransferMapper mapper;

    TransfersInDatabase(TransferMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<TransferRecord> insertPending(TransferRecord pending) {
        TransferRow row = new TransferRow();
        row.setTransferId(pending.transferId());
        row.setUserId(pending.fromUserId());
        row.setToUserId(pending.toUserId());
        row.setAsset(pending.asset());
        row.setAmount(pending.amount());
        row.setIdempotencyKey(pending.idempotencyKey());
        row.setStatus(TransferStatus.PENDING.name());
        try {
            mapper.insert(row);
        } catch (DuplicateKeyException keyTaken) {
            return Optional.empty();
        }
        return byId(pending.fromUserId(), pending.transferId());
    }

    @Override
    public Optional<TransferRecord> byIdempotencyKey(long fromUserId, String idempotencyKey) {
        try (HintManager hint = HintManager.getInstance()) {
            hint.setWriteRouteOnly();
            return Optional.ofNullable(mapper.byIdempotencyKey(fromUserId, idempotencyKey)).map(TransfersInDatabase::toRecord);
        }
    }

    @Override
    public Optional<TransferRecord> byId(long fromUserId, long transferId) {
        try (HintManager hint = HintManager.getInstance()) {
            hint.setWriteRouteOnly();
            return Optional.ofNullable(mapper.byId(fromUserId, transferId)).map(TransfersInDatabase::toRecord);
        }
    }

    @Override
    public List<TransferRecord> newestFirst(long fromUserId, TimeWindow window, TimeIdCursor afterOrNull, int limit) {
        return Primary.read(() -> mapper.newestFirst(fromUserId, CreatedAtKeyset.of(window, afterOrNull), limit))
                .stream().map(TransfersInDatabase::toRecord).toList();
    }

    @Override
    public java.util.List<TransferRecord> pendingSince(java.time.Instant createdBefore, int limit) {
        try (HintManager hint = HintManager.getInstance()) {
            hint.setWriteRouteOnly();
            return mapper.pendingSince(java.time.LocalDateTime.ofInstant(createdBefore, ZoneOffset.UTC), limit)
                    .stream().map(TransfersInDatabase::toRecord).toList();
        }
    }

    @Override
    public void finish(long fromUserId, long transferId, TransferStatus status) {
        mapper.finish(fromUserId, transferId, status.name());
    }

    private static TransferRecord toRecord(TransferRow row) {
        return new TransferRecord(row.getTransferId(), row.getUserId(), row.getToUserId(), row.getAsset(),
                row.getAmount(), row.getIdempotencyKey(), TransferStatus.valueOf(row.getStatus()),
                CreatedAtKeyset.epochMs(row.getCreatedAt()));
    }
}
