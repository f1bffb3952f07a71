package org.opentrade.fund.application.transfer;

import java.util.List;
import java.util.Optional;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.fund.TransferCommand;
import org.opentrade.api.fund.TransferPage;
import org.opentrade.api.fund.TransferQuery;
import org.opentrade.api.fund.TransferView;
import org.opentrade.api.money.Asset;
import org.opentrade.api.page.PageLimits;
import org.opentrade.api.page.Pages;
import org.opentrade.api.page.TimeIdCursor;
import org.opentrade.api.page.TimeWindow;
import org.opentrade.fund.domain.ledger.LedgerLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A transfer between two users: the sender's Idempotency-Key is claimed first (a unique row on the sender's
 * shard), then both legs run as one Seata global transaction ({@link TransferLegs}). The coordinator confirms or
 * cancels both legs, even after a crash of this process or of itself, and the confirm/cancel of the out-leg sets
 * the transfer's final status, so the status converges with the money.
 */
@Service
public class Transfers {
    static final int IDEMPOTENCY_KEY_LENGTH_MAX = 128;
    static final String CURSOR_VERSION = "t1";
    private static final Logger log = LoggerFactory.getLogger(Transfers.class);

    private final TransferRecords records;
    private final GlobalTransfer globalTransfer;
    private final TccBarriers barriers;
    private final UserStandings users;

    public Transfers(TransferRecords records, GlobalTransfer globalTransfer, TccBarriers barriers,
                     UserStandings users) {
        this.records = records;
        this.globalTransfer = globalTransfer;
        this.barriers = barriers;
        this.users = users;
    }

    public TransferView transfer(TransferCommand command) {
        TransferRecord requested = validate(command);
        if (!users.isActive(requested.fromUserId())) {
            throw new BusinessException(ErrorCode.USER_FROZEN);
        }
        Optional<TransferRecord> claimed = records.insertPending(requested);
        if (claimed.isEmpty()) {
            return original(requested);
        }
        try {
            globalTransfer.run(requested);
        } catch (BusinessException refused) {
            // the coordinator cancels both legs; the out-leg's cancel marks the transfer FAILED
            records.finish(requested.fromUserId(), requested.transferId(), TransferStatus.FAILED);
            throw refused;
        } catch (RuntimeException coordinatorTrouble) {
            return afterCoordinatorTrouble(requested, coordinatorTrouble);
        }
        return records.byId(requested.fromUserId(), requested.transferId()).orElseThrow().view();
    }

    /**
     * The coordinator could not be reached at some point. If the out-leg never ran, nothing moved and never will:
     * FAILED. If it ran, the coordinator owns the outcome and will confirm or cancel both legs when it can; the
     * client gets the transfer as PENDING and sees its final status later.
     */
    private TransferView afterCoordinatorTrouble(TransferRecord requested, RuntimeException trouble) {
        log.warn("transfer {}: global transaction trouble: {}", requested.transferId(), trouble.toString());
        boolean outLegRan = barriers.lockState(TransferLegsTcc.outKey(requested.transferId()), requested.fromUserId())
                .isPresent();
        if (!outLegRan) {
            records.finish(requested.fromUserId(), requested.transferId(), TransferStatus.FAILED);
            throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "the transfer could not start; nothing moved");
        }
        return records.byId(requested.fromUserId(), requested.transferId()).orElseThrow().view();
    }

    public TransferView get(long fromUserId, long transferId) {
        return records.byId(fromUserId, transferId).map(TransferRecord::view)
                .orElseThrow(() -> new BusinessException(ErrorCode.TRANSFER_NOT_FOUND));
    }

    /** The transfers the user sent, in pages, newest first; input is checked here, whoever calls. */
    public TransferPage list(TransferQuery query) {
        int limit = PageLimits.checked(query.limit(), TransferQuery.LIMIT_MAX);
        TimeWindow window = TimeWindow.of(query.fromEpochMs(), query.toEpochMs());
        TimeIdCursor after = query.cursor() == null ? null : TimeIdCursor.decode(query.cursor(), CURSOR_VERSION);
        List<TransferRecord> rows = records.newestFirst(query.userId(), window, after, limit + 1);
        return Pages.of(rows, limit, TransferRecord::view,
                t -> new TimeIdCursor(t.createdAtEpochMs(), t.transferId()).encode(CURSOR_VERSION), TransferPage::new);
    }

    /** A repeated key answers with the transfer it first created, or refuses a different request under it. */
    private TransferView original(TransferRecord requested) {
        TransferRecord existing = records.byIdempotencyKey(requested.fromUserId(), requested.idempotencyKey())
                .orElseThrow(() -> new IllegalStateException("idempotency key claimed but not found"));
        if (!existing.sameRequestAs(requested)) {
            throw new BusinessException(ErrorCode.IDEMPOTENCY_KEY_REUSED);
        }
        return existing.view();
    }

    private static TransferRecord validate(TransferCommand command) {
        Asset asset = Asset.parse(command.asset()).orElseThrow(() -> new BusinessException(ErrorCode.UNKNOWN_ASSET));
        if (command.amount() <= 0 || command.amount() > LedgerLimits.AMOUNT_MAX) {
            throw new BusinessException(ErrorCode.INVALID_AMOUNT);
        }
        if (command.fromUserId() == command.toUserId()) {
            throw new BusinessException(ErrorCode.SELF_TRANSFER);
        }
        String key = command.idempotencyKey();
        if (key == null || key.isBlank() || key.length() > IDEMPOTENCY_KEY_LENGTH_MAX) {
            throw new BusinessException(ErrorCode.IDEMPOTENCY_KEY_REQUIRED);
        }
        return new TransferRecord(IdWorker.getId(), command.fromUserId(), command.toUserId(), asset.name(),
                command.amount(), key, TransferStatus.PENDING, 0);
    }
}
