package org.opentrade.fund.application.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.fund.LedgerEntryView;
import org.opentrade.api.fund.LedgerPage;
import org.opentrade.api.fund.LedgerQuery;
import org.opentrade.api.fund.StatementLine;
import org.opentrade.api.fund.StatementQuery;
import org.opentrade.api.money.Asset;
import org.opentrade.api.page.TimeIdCursor;
import org.opentrade.api.page.TimeWindow;
import org.opentrade.fund.application.JournalEntry;
import org.opentrade.fund.application.port.JournalHistory;
import org.opentrade.fund.domain.ledger.BalanceKey;
import org.opentrade.fund.domain.ledger.Bucket;

/**
 * The ledger in pages and as a statement, against a journal that answers as the SQL does ((time, id) order, the
 * window, strictly below the cursor): every posting exactly once newest first, also when many share a millisecond;
 * the entry-id cursors the ledger issued before still work; bad input is refused before the journal is read; a
 * statement gives each posting the balance after it, or nothing at all when its range holds too many.
 */
class LedgerHistoryTest {
    static final long ALICE = 1042;
    static final long DAY_MS = 86_400_000L;

    final FakeJournal journal = new FakeJournal();
    final LedgerHistory history = new LedgerHistory(journal);

    @Test
    void pagesGiveEveryPostingExactlyOnceNewestFirstAlsoWithinOneMillisecond() {
        for (int i = 0; i < 23; i++) {
            journal.post(100 + i, 5_000 + i / 4, i % 3 == 0 ? "BTC" : "USD", "AVAILABLE", i + 1);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            LedgerPage page = history.page(new LedgerQuery(ALICE, null, 0, 0, cursor, 5));
            assertThat(page.entries()).hasSizeLessThanOrEqualTo(5);
            page.entries().forEach(e -> seen.add(e.entryId()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(pages).as("23 postings in pages of 5, the last one not empty").isEqualTo(5);
        assertThat(seen).doesNotHaveDuplicates().hasSize(23).isEqualTo(journal.idsNewestFirst(e -> true));
    }

    @Test
    void theWindowAndTheAssetFilterTheSameWalk() {
        for (int i = 0; i < 12; i++) {
            journal.post(200 + i, 1_000 * (i + 1), i % 2 == 0 ? "BTC" : "USD", "AVAILABLE", 1);
        }
        LedgerPage page = history.page(new LedgerQuery(ALICE, "USD", 3_000, 9_000, null, 500));

        assertThat(page.entries()).extracting(LedgerEntryView::entryId).containsExactly("207", "205", "203");
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void anEntryIdCursorAsTheLedgerIssuedBeforeContinuesBelowThatEntry() {
        for (int i = 0; i < 6; i++) {
            journal.post(300 + i, 7_000 + i, "USD", "AVAILABLE", 1);
        }
        LedgerPage page = history.page(new LedgerQuery(ALICE, null, 0, 0, "303", 50));

        assertThat(page.entries()).extracting(LedgerEntryView::entryId).containsExactly("302", "301", "300");
        assertRefused(() -> history.page(new LedgerQuery(ALICE, null, 0, 0, "999", 50)), ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void badLimitsWindowsCursorsAndAssetsAreRefusedBeforeTheJournalIsRead() {
        assertRefused(() -> history.page(new LedgerQuery(ALICE, null, 0, 0, null, 0)), ErrorCode.VALIDATION_FAILED);
        assertRefused(() -> history.page(new LedgerQuery(ALICE, null, 0, 0, null, 501)), ErrorCode.VALIDATION_FAILED);
        assertRefused(() -> history.page(new LedgerQuery(ALICE, null, 9, 9, null, 5)), ErrorCode.VALIDATION_FAILED);
        assertRefused(() -> history.page(new LedgerQuery(ALICE, null, 0, 0, "not-ours", 5)),
                ErrorCode.VALIDATION_FAILED);
        assertRefused(() -> history.page(new LedgerQuery(ALICE, null, 0, 0, new TimeIdCursor(1, 2).encode("t1"), 5)),
                ErrorCode.VALIDATION_FAILED);
        assertRefused(() -> history.page(new LedgerQuery(ALICE, "DOGE", 0, 0, null, 5)), ErrorCode.UNKNOWN_ASSET);
        assertThat(journal.reads).isZero();
    }

    @Test
    void aStatementCarriesEachBalanceFromItsOpeningValueOldestFirst() {
        journal.post(1, DAY_MS - 5, "USD", "AVAILABLE", 1_000);
        journal.post(2, DAY_MS - 4, "BTC", "AVAILABLE", 7);
        journal.post(3, DAY_MS + 1, "USD", "AVAILABLE", -300);
        journal.post(4, DAY_MS + 1, "USD", "FROZEN", 300);
        journal.post(5, DAY_MS + 2, "BTC", "AVAILABLE", -2);
        journal.post(6, 2 * DAY_MS, "USD", "AVAILABLE", 5);

        List<StatementLine> lines = history.statement(new StatementQuery(ALICE, null, DAY_MS, 2 * DAY_MS));

        assertThat(lines).extracting(l -> l.entry().entryId() + " " + l.balanceAfter())
                .containsExactly("3 700", "4 300", "5 5");
        assertThat(history.statement(new StatementQuery(ALICE, "USD", DAY_MS, 2 * DAY_MS)))
                .extracting(l -> l.entry().entryId()).containsExactly("3", "4");
    }

    @Test
    void aStatementOfMoreThanItsLinesIsRefusedWholeAndItsRangeMustBeClosedAndBounded() {
        for (int i = 0; i <= StatementQuery.LINES_MAX; i++) {
            journal.post(10_000 + i, DAY_MS + i, "USD", "AVAILABLE", 1);
        }
        assertRefused(() -> history.statement(new StatementQuery(ALICE, null, DAY_MS, 2 * DAY_MS)),
                ErrorCode.STATEMENT_TOO_LARGE);
        assertThat(history.statement(new StatementQuery(ALICE, null, DAY_MS + 1, 2 * DAY_MS)))
                .hasSize(StatementQuery.LINES_MAX);

        assertRefused(() -> history.statement(new StatementQuery(ALICE, null, DAY_MS, DAY_MS + StatementQuery.SPAN_MS_MAX
                + 1)), ErrorCode.VALIDATION_FAILED);
        assertRefused(() -> history.statement(new StatementQuery(ALICE, null, 0, DAY_MS)), ErrorCode.VALIDATION_FAILED);
        assertRefused(() -> history.statement(new StatementQuery(ALICE, "DOGE", DAY_MS, 2 * DAY_MS)),
                ErrorCode.UNKNOWN_ASSET);
    }

    static void assertRefused(ThrowingCallable call, ErrorCode code) {
        assertThat(catchThrowableOfType(BusinessException.class, call)).extracting(BusinessException::code)
                .isEqualTo(code);
    }

    /** Alice's journal in memory, read back as the SQL of JournalHistoryMapper reads it. */
    static final class FakeJournal implements JournalHistory {
        static final Comparator<JournalEntry> OLDEST_FIRST = Comparator.comparingLong(JournalEntry::createdAtEpochMs)
                .thenComparingLong(JournalEntry::entryId);
        final List<JournalEntry> entries = new ArrayList<>();
        int reads;

        void post(long entryId, long atMs, String asset, String bucket, long amount) {
            entries.add(new JournalEntry(entryId, asset, bucket, amount, "DEPOSIT", "r-" + entryId, atMs));
        }

        List<String> idsNewestFirst(Predicate<JournalEntry> filter) {
            return entries.stream().filter(filter).sorted(OLDEST_FIRST.reversed())
                    .map(e -> Long.toString(e.entryId())).toList();
        }

        @Override
        public List<JournalEntry> newestFirst(long userId, String assetOrNull, TimeWindow window,
                                              TimeIdCursor afterOrNull, int limit) {
            reads++;
            return entries.stream().filter(e -> matches(e, assetOrNull, window))
                    .filter(e -> afterOrNull == null || e.createdAtEpochMs() < afterOrNull.epochMs()
                            || (e.createdAtEpochMs() == afterOrNull.epochMs() && e.entryId() < afterOrNull.id()))
                    .sorted(OLDEST_FIRST.reversed()).limit(limit).toList();
        }

        @Override
        public List<JournalEntry> oldestFirst(long userId, String assetOrNull, TimeWindow window, int limit) {
            reads++;
            return entries.stream().filter(e -> matches(e, assetOrNull, window)).sorted(OLDEST_FIRST).limit(limit)
                    .toList();
        }

        @Override
        public Map<BalanceKey, Long> totalsBefore(long userId, String assetOrNull, long beforeMs) {
            Map<BalanceKey, Long> totals = new HashMap<>();
            entries.stream().filter(e -> matches(e, assetOrNull, new TimeWindow(0, beforeMs)))
                    .forEach(e -> totals.merge(new BalanceKey(userId, Asset.valueOf(e.asset()),
                            Bucket.valueOf(e.bucket())), e.amount(), Long::sum));
            return totals;
        }

        @Override
        public Optional<JournalEntry> entry(long userId, long entryId) {
            return entries.stream().filter(e -> e.entryId() == entryId).findFirst();
        }

        private static boolean matches(JournalEntry e, String assetOrNull, TimeWindow window) {
            return (assetOrNull == null || assetOrNull.equals(e.asset()))
                    && (window.fromMs() == 0 || e.createdAtEpochMs() >= window.fromMs())
                    && (window.toMs() == 0 || e.createdAtEpochMs() < window.toMs());
        }
    }
}
