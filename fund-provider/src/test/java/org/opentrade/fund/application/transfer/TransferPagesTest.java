package org.opentrade.fund.application.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.fund.TransferPage;
import org.opentrade.api.fund.TransferQuery;
import org.opentrade.api.fund.TransferView;
import org.opentrade.api.page.TimeIdCursor;
import org.opentrade.api.page.TimeWindow;

/**
 * The transfers a user sent, in pages newest first by (creation time, transfer id), against records that answer as
 * the SQL does: each exactly once, also when several share a millisecond; bad input refused before they are read.
 */
class TransferPagesTest {
    static final long ALICE = 1042;
    static final Comparator<TransferRecord> NEWEST_FIRST = Comparator.comparingLong(TransferRecord::createdAtEpochMs)
            .thenComparingLong(TransferRecord::transferId).reversed();

    final FakeRecords records = new FakeRecords();
    final Transfers transfers = new Transfers(records, null, null, null);

    @Test
    void everyTransferComesBackExactlyOnceNewestFirstAcrossPages() {
        for (int i = 0; i < 11; i++) {
            records.sent.add(new TransferRecord(900 - i * 7L, ALICE, 1043, "USD", i + 1, "k" + i,
                    TransferStatus.COMPLETED, 50_000 + i / 3));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            TransferPage page = transfers.list(new TransferQuery(ALICE, 0, 0, cursor, 4));
            page.transfers().forEach(t -> seen.add(t.transferId()));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(seen).isEqualTo(records.sent.stream().sorted(NEWEST_FIRST)
                .map(t -> Long.toString(t.transferId())).toList());
        assertThat(records.asked).hasSize(3).allSatisfy(limit -> assertThat(limit).isEqualTo(5));
    }

    @Test
    void theWindowIsPassedOnAndTheLastPageHasNoCursor() {
        records.sent.add(new TransferRecord(1, ALICE, 1043, "BTC", 5, "k", TransferStatus.PENDING, 7_000));
        TransferPage page = transfers.list(new TransferQuery(ALICE, 6_000, 8_000, null, 50));

        assertThat(page.transfers()).extracting(TransferView::transferId).containsExactly("1");
        assertThat(page.nextCursor()).isNull();
        assertThat(records.windows).containsExactly(new TimeWindow(6_000, 8_000));
    }

    @Test
    void badLimitsWindowsAndCursorsAreValidationFailuresBeforeAnythingIsRead() {
        assertInvalid(() -> transfers.list(new TransferQuery(ALICE, 0, 0, null, 0)));
        assertInvalid(() -> transfers.list(new TransferQuery(ALICE, 0, 0, null, 501)));
        assertInvalid(() -> transfers.list(new TransferQuery(ALICE, 9, 8, null, 5)));
        assertInvalid(() -> transfers.list(new TransferQuery(ALICE, 0, 0, "bm90IG91cnM", 5)));
        assertInvalid(() -> transfers.list(new TransferQuery(ALICE, 0, 0, new TimeIdCursor(1, 2).encode("l1"), 5)));
        assertThat(records.asked).isEmpty();
    }

    private static void assertInvalid(ThrowingCallable call) {
        assertThat(catchThrowableOfType(BusinessException.class, call)).extracting(BusinessException::code)
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
    }

    /** What the sender's shard holds, paged as TransferMapper's SQL pages it. */
    static final class FakeRecords implements TransferRecords {
        final List<TransferRecord> sent = new ArrayList<>();
        final List<Integer> asked = new ArrayList<>();
        final List<TimeWindow> windows = new ArrayList<>();

        @Override
        public List<TransferRecord> newestFirst(long fromUserId, TimeWindow window, TimeIdCursor afterOrNull,
                                                int limit) {
            asked.add(limit);
            windows.add(window);
            return sent.stream().filter(t -> t.fromUserId() == fromUserId)
                    .filter(t -> window.fromMs() == 0 || t.createdAtEpochMs() >= window.fromMs())
                    .filter(t -> window.toMs() == 0 || t.createdAtEpochMs() < window.toMs())
                    .filter(t -> afterOrNull == null || t.createdAtEpochMs() < afterOrNull.epochMs()
                            || (t.createdAtEpochMs() == afterOrNull.epochMs() && t.transferId() < afterOrNull.id()))
                    .sorted(NEWEST_FIRST).limit(limit).toList();
        }

        @Override
        public Optional<TransferRecord> insertPending(TransferRecord pending) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<TransferRecord> byIdempotencyKey(long fromUserId, String idempotencyKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<TransferRecord> byId(long fromUserId, long transferId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<TransferRecord> pendingSince(Instant createdBefore, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void finish(long fromUserId, long transferId, TransferStatus status) {
            throw new UnsupportedOperationException();
        }
    }
}
