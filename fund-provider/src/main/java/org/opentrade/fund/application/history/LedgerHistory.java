package org.opentrade.fund.application.history;

import java.util.ArrayList;
import java.util.List;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.fund.LedgerPage;
import org.opentrade.api.fund.LedgerQuery;
import org.opentrade.api.fund.StatementLine;
import org.opentrade.api.fund.StatementQuery;
import org.opentrade.api.money.Asset;
import org.opentrade.api.page.PageCursor;
import org.opentrade.api.page.PageLimits;
import org.opentrade.api.page.Pages;
import org.opentrade.api.page.TimeIdCursor;
import org.opentrade.api.page.TimeWindow;
import org.opentrade.fund.application.JournalEntry;
import org.opentrade.fund.application.port.JournalHistory;
import org.opentrade.fund.domain.ledger.BalanceKey;
import org.opentrade.fund.domain.ledger.Bucket;
import org.opentrade.fund.domain.ledger.RunningBalances;
import org.springframework.stereotype.Service;

/**
 * A user's journal postings: in pages, newest first by (posting time, entry id), and as a statement of a closed range,
 * oldest first, with the balance after each posting. Input is checked here, whoever calls.
 */
@Service
public class LedgerHistory {
    static final String CURSOR_VERSION = "l1";
    /** What the ledger issued as its cursor before it carried a time: the last entry id, in plain digits. */
    static final String ENTRY_ID_CURSOR = "[0-9]{1,19}";

    private final JournalHistory journal;

    public LedgerHistory(JournalHistory journal) {
        this.journal = journal;
    }

    public LedgerPage page(LedgerQuery query) {
        int limit = PageLimits.checked(query.limit(), LedgerQuery.LIMIT_MAX);
        TimeWindow window = TimeWindow.of(query.fromEpochMs(), query.toEpochMs());
        String asset = assetOrNull(query.asset());
        TimeIdCursor after = query.cursor() == null ? null : after(query.userId(), query.cursor());
        List<JournalEntry> rows = journal.newestFirst(query.userId(), asset, window, after, limit + 1);
        return Pages.of(rows, limit, JournalEntry::view, e -> position(e).encode(CURSOR_VERSION), LedgerPage::new);
    }

    /**
     * Every posting of the range, or none: a statement cut short would look complete. The opening balance of each
     * asset and bucket is the sum of the user's postings before the range.
     */
    public List<StatementLine> statement(StatementQuery query) {
        TimeWindow window = TimeWindow.closed(query.fromEpochMs(), query.toEpochMs(), StatementQuery.SPAN_MS_MAX);
        String asset = assetOrNull(query.asset());
        List<JournalEntry> entries = journal.oldestFirst(query.userId(), asset, window, StatementQuery.LINES_MAX + 1);
        if (entries.size() > StatementQuery.LINES_MAX) {
            throw new BusinessException(ErrorCode.STATEMENT_TOO_LARGE, "the range holds more than "
                    + StatementQuery.LINES_MAX + " postings: ask for a shorter range or one asset");
        }
        RunningBalances balances = new RunningBalances(journal.totalsBefore(query.userId(), asset, window.fromMs()));
        List<StatementLine> lines = new ArrayList<>(entries.size());
        for (JournalEntry entry : entries) {
            BalanceKey key = new BalanceKey(query.userId(), Asset.valueOf(entry.asset()), Bucket.valueOf(entry.bucket()));
            lines.add(new StatementLine(entry.view(), balances.after(key, entry.amount())));
        }
        return lines;
    }

    /** A cursor of ours, or an entry id of the user's as the ledger's cursors were before (it must exist). */
    private TimeIdCursor after(long userId, String cursor) {
        if (cursor.matches(ENTRY_ID_CURSOR)) {
            return journal.entry(userId, PageCursor.number(cursor)).map(LedgerHistory::position)
                    .orElseThrow(PageCursor::invalid);
        }
        return TimeIdCursor.decode(cursor, CURSOR_VERSION);
    }

    private static TimeIdCursor position(JournalEntry entry) {
        return new TimeIdCursor(entry.createdAtEpochMs(), entry.entryId());
    }

    private static String assetOrNull(String asset) {
        if (asset != null && Asset.parse(asset).isEmpty()) {
            throw new BusinessException(ErrorCode.UNKNOWN_ASSET);
        }
        return asset;
    }
}
