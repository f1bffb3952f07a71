package org.opentrade.fund.adapter.out.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import org.opentrade.fund.application.JournalStore;
import org.opentrade.fund.application.LockContention;
import org.opentrade.fund.domain.ledger.AccountIds;
import org.opentrade.fund.domain.ledger.ApplyOutcome;
import org.opentrade.fund.domain.ledger.JournalTransaction;
import org.opentrade.fund.domain.ledger.Posting;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger in MariaDB through ShardingSphere. One journal transaction = one local database transaction on one
 * shard: the {@code ledger_tx} row (its reference is the unique idempotency key), one conditional balance update
 * per posting, one journal row per posting. Lost updates and negative balances are impossible because each update
 * is {@code balance = balance + amount WHERE balance + amount >= 0} under the row lock the update itself takes
 * (no read-modify-write in Java); postings are applied in canonical order, so two transactions on a shard lock
 * rows in the same order. A deadlock or lock timeout anyway (InnoDB gap locks on inserts) is retried, bounded,
 * (LockContention) and never reaches the client.
 */
@Repository
class JournalInDatabase implements JournalStore {
    private final LedgerMapper ledger;
    private final TransactionTemplate transactions;

    JournalInDatabase(LedgerMapper ledger, TransactionTemplate transactions) {
        this.ledger = ledger;
        this.transactions = transactions;
    }

    /**
     * In a transaction of the caller's (a TCC phase writing its barrier row too) the postings join it, and a
     * failed outcome obliges the caller to roll back; otherwise the postings get a transaction of their own,
     * retried on lock contention.
     */
    @Override
    public ApplyOutcome apply(JournalTransaction transaction) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return applyWithin(transaction);
        }
        try {
            return LockContention.retry(() -> transactions.execute(status -> {
                ApplyOutcome outcome = applyWithin(transaction);
                if (outcome != ApplyOutcome.APPLIED) {
                    status.setRollbackOnly();
                }
                return outcome;
            }));
        } catch (org.springframework.dao.DataIntegrityViolationException outOfRange) {
            if (BigintOverflow.isCause(outOfRange)) {
                return ApplyOutcome.BALANCE_OVERFLOW;
            }
            throw outOfRange;
        }
    }

    private ApplyOutcome applyWithin(JournalTransaction transaction) {
        try {
            return applyOnce(transaction);
        } catch (DuplicateKeyException alreadyThere) {
            // the reference's row exists: nothing of this attempt was written before that insert failed
            return compareWithStored(transaction);
        }
    }

    private ApplyOutcome applyOnce(JournalTransaction transaction) {
        long owner = owner(transaction);
        ledger.insertTransaction(transaction.reference(), owner, transaction.type().name(),
                JournalContent.sha256(transaction));
        for (Posting posting : lockOrder(transaction)) {
            ApplyOutcome outcome = applyPosting(posting);
            if (outcome != ApplyOutcome.APPLIED) {
                return outcome;
            }
        }
        for (Posting posting : transaction.postings()) {
            ledger.insertEntry(new JournalRow(IdWorker.getId(), transaction.reference(), posting.accountId(),
                    posting.asset().name(), posting.bucket().name(), posting.amount(), transaction.type().name()));
        }
        return ApplyOutcome.APPLIED;
    }

    /**
     * The order rows are changed in: users' rows before system rows, each group in canonical order. Batches lock
     * in this order too ({@code ShardBatch}), so a single posting and a batch on the same shard cannot deadlock on
     * the hot system rows. The journal rows keep the canonical order.
     */
    static List<Posting> lockOrder(JournalTransaction transaction) {
        List<Posting> ordered = new ArrayList<>(transaction.postings());
        ordered.sort(Comparator.comparing((Posting p) -> !AccountIds.isUser(p.accountId())));
        return ordered;
    }

    /**
     * APPLIED, or why the balance refused it: not covered, or a debit of a suspended user's available balance.
     * Opens a missing account on a credit (inheriting the user's suspension).
     */
    private ApplyOutcome applyPosting(Posting posting) {
        if (update(posting) == 1) {
            return ApplyOutcome.APPLIED;
        }
        String asset = posting.asset().name();
        Integer suspension = ledger.suspension(posting.accountId(), asset);
        if (suspension != null) {
            return suspension == 1 && posting.debitsUserAvailable()
                    ? ApplyOutcome.ACCOUNT_SUSPENDED : ApplyOutcome.INSUFFICIENT_FUNDS;
        }
        if (posting.amount() < 0 && !posting.key().mayGoNegative()) {
            return ApplyOutcome.INSUFFICIENT_FUNDS;
        }
        int inherited = AccountIds.isUser(posting.accountId()) ? ledger.userSuspension(posting.accountId()) : 0;
        ledger.openAccount(posting.accountId(), asset, inherited);
        return update(posting) == 1 ? ApplyOutcome.APPLIED : ApplyOutcome.INSUFFICIENT_FUNDS;
    }

    private int update(Posting posting) {
        String asset = posting.asset().name();
        if (posting.key().mayGoNegative()) {
            return ledger.addToAvailable(posting.accountId(), asset, posting.amount());
        }
        return switch (posting.bucket()) {
            case AVAILABLE -> ledger.addToAvailableIfCovered(posting.accountId(), asset, posting.amount());
            case FROZEN -> ledger.addToFrozenIfCovered(posting.accountId(), asset, posting.amount());
        };
    }

    private ApplyOutcome compareWithStored(JournalTransaction transaction) {
        String stored = ledger.storedContent(transaction.reference(), owner(transaction));
        return JournalContent.sha256(transaction).equals(stored)
                ? ApplyOutcome.ALREADY_APPLIED : ApplyOutcome.REFERENCE_CONFLICT;
    }

    /** The user whose shard the transaction lives on (its system accounts live there too). */
    static long owner(JournalTransaction transaction) {
        return transaction.postings().stream().mapToLong(Posting::accountId)
                .filter(AccountIds::isUser).findFirst()
                .orElse(transaction.postings().get(0).accountId());
    }
}
