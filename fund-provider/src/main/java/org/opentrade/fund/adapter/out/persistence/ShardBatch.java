package org.opentrade.fund.adapter.out.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import org.opentrade.fund.domain.ledger.ApplyOutcome;
import org.opentrade.fund.domain.ledger.HoldVoid;
import org.opentrade.fund.domain.ledger.JournalTransaction;
import org.opentrade.fund.domain.ledger.Posting;

/**
 * One shard's items of a batch, inside the one local transaction the caller opened, judged in request order exactly
 * as {@code Ledger.applyAll} / {@code Ledger.voidHolds} judge them. Statements, whatever the batch's size: one SELECT
 * of the references that exist; one SELECT ... FOR UPDATE that locks and reads the users' rows in key order (the
 * order that keeps batches free of deadlocks); the items judged and applied in memory against those rows
 * ({@link LockedRows}); then one multi-row INSERT of the new {@code ledger_tx} rows, one of the journal rows, one
 * UPDATE of the users' rows that changed (and an INSERT of those opened), and one UPDATE per system account and asset
 * (see {@link SystemPostings}).
 *
 * <p>A reference written by someone else after the SELECT makes the INSERT fail on its unique key and the whole
 * transaction roll back ({@code DuplicateKeyException}); the caller decides how to go on.
 */
final class ShardBatch {
    private final LedgerBatchMapper mapper;
    private final AccountRows rows;
    private LockedRows locked;
    /** Every reference known to exist on the shard, read or taken by this batch, with its fingerprint. */
    private final Map<String, String> contentByReference = new HashMap<>();
    private final List<LedgerTxRow> taken = new ArrayList<>();
    private final List<JournalRow> entries = new ArrayList<>();
    private final SystemPostings systemPostings = new SystemPostings();

    private ShardBatch(LedgerBatchMapper mapper) {
        this.mapper = mapper;
        this.rows = new AccountRows(mapper);
    }

    /** The items' outcomes in their order; all of one shard. Call inside a transaction. */
    static List<ApplyOutcome> run(List<ShardItem> items, LedgerBatchMapper mapper) {
        ShardBatch batch = new ShardBatch(mapper);
        batch.readExisting(items);
        batch.lockUserRows(items);
        List<ApplyOutcome> outcomes = new ArrayList<>(items.size());
        for (ShardItem item : items) {
            outcomes.add(item instanceof ShardItem.Posted posted
                    ? batch.apply(posted.transaction()) : batch.voidHold(((ShardItem.Voided) item).holdVoid()));
        }
        batch.write();
        return outcomes;
    }

    private void readExisting(List<ShardItem> items) {
        Set<Long> owners = new LinkedHashSet<>();
        Set<String> references = new LinkedHashSet<>();
        for (ShardItem item : items) {
            owners.add(item.owner());
            references.addAll(item.references());
        }
        for (StoredReferenceRow row : mapper.storedContents(owners, references)) {
            contentByReference.put(row.getReference(), row.getContentSha256());
        }
    }

    /** Users' rows first, all at once in key order; system rows last (see {@link LedgerBatchMapper#lockUserRows}). */
    private void lockUserRows(List<ShardItem> items) {
        Set<Long> users = new TreeSet<>();
        items.forEach(item -> item.userAccounts().forEach(users::add));
        locked = new LockedRows(users.isEmpty() ? List.of() : mapper.lockUserRows(users));
    }

    private ApplyOutcome apply(JournalTransaction transaction) {
        String content = JournalContent.sha256(transaction);
        String earlier = contentByReference.get(transaction.reference());
        if (earlier != null) {
            return earlier.equals(content) ? ApplyOutcome.ALREADY_APPLIED : ApplyOutcome.REFERENCE_CONFLICT;
        }
        List<RowMove> moves = new ArrayList<>();
        List<Posting> rowPostings = new ArrayList<>();
        for (Posting posting : transaction.postings()) {
            if (!SystemPostings.takes(posting)) {
                rowPostings.add(posting);
            }
        }
        groupByRow(rowPostings, moves);
        ApplyOutcome moved = locked.moveAll(moves);
        if (moved != ApplyOutcome.APPLIED) {
            return moved;
        }
        take(transaction.reference(), JournalInDatabase.owner(transaction), transaction.type().name(), content);
        for (Posting posting : transaction.postings()) {
            entries.add(new JournalRow(IdWorker.getId(), transaction.reference(), posting.accountId(),
                    posting.asset().name(), posting.bucket().name(), posting.amount(), transaction.type().name()));
            if (SystemPostings.takes(posting)) {
                systemPostings.add(posting);
            }
        }
        return ApplyOutcome.APPLIED;
    }

    /** Release the hold if it was taken with this content; spend its reference if nothing took it. */
    private ApplyOutcome voidHold(HoldVoid holdVoid) {
        String reference = holdVoid.hold().reference();
        String spent = JournalContent.spentBy(holdVoid);
        String earlier = contentByReference.get(reference);
        if (earlier == null) {
            take(reference, JournalInDatabase.owner(holdVoid.hold()), LedgerTxRow.SPENT_BY_VOID, spent);
            return ApplyOutcome.APPLIED;
        }
        if (earlier.equals(spent)) {
            return ApplyOutcome.ALREADY_APPLIED;
        }
        return earlier.equals(JournalContent.sha256(holdVoid.hold()))
                ? apply(holdVoid.release()) : ApplyOutcome.REFERENCE_CONFLICT;
    }

    /** Postings in canonical order are grouped by (account, asset) already: one move per run of equal rows. */
    private static void groupByRow(List<Posting> postings, List<RowMove> moves) {
        int start = 0;
        for (int i = 1; i <= postings.size(); i++) {
            Posting first = postings.get(start);
            if (i == postings.size() || postings.get(i).accountId() != first.accountId()
                    || postings.get(i).asset() != first.asset()) {
                moves.add(RowMove.of(first.accountId(), first.asset(), postings.subList(start, i)));
                start = i;
            }
        }
    }

    private void take(String reference, long owner, String type, String content) {
        contentByReference.put(reference, content);
        taken.add(new LedgerTxRow(reference, owner, type, content));
    }

    private void write() {
        if (!taken.isEmpty()) {
            mapper.insertTransactions(taken);
        }
        if (!entries.isEmpty()) {
            mapper.insertEntries(entries);
        }
        rows.write(locked.writes());
        rows.addAll(systemPostings.moves());
    }
}
