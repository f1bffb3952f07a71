package org.opentrade.payment.application.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.page.PageCursor;
import org.opentrade.api.page.TimeIdCursor;
import org.opentrade.api.page.TimeWindow;
import org.opentrade.api.payment.PaymentPage;
import org.opentrade.api.payment.PaymentQuery;
import org.opentrade.api.payment.PaymentView;
import org.opentrade.payment.application.port.PaymentHistory;
import org.opentrade.payment.domain.Payment;
import org.opentrade.payment.domain.PaymentKind;

/**
 * Deposits and withdrawals in pages newest first by (creation time, payment id), against a store that answers as the
 * SQL does: each exactly once, also when ids are random and several share a millisecond; one kind never shows the
 * other; bad input is refused before the store is read.
 */
class PaymentPagesTest {
    static final long ALICE = 1042;
    static final Comparator<Payment> NEWEST_FIRST = Comparator.comparingLong(Payment::createdAtEpochMs)
            .thenComparing(Payment::paymentId).reversed();

    final FakeHistory history = new FakeHistory();
    final PaymentPages pages = new PaymentPages(history);

    /** The payments table in memory, paged as PaymentMapper's SQL pages it. */
    static final class FakeHistory implements PaymentHistory {
        final List<Payment> rows = new ArrayList<>();
        int reads;

        void add(Payment payment) {
            rows.add(payment);
        }

        @Override
        public List<Payment> newestFirst(long userId, PaymentKind kind, TimeWindow window, PaymentCursor afterOrNull,
                                         int limit) {
            reads++;
            return rows.stream().filter(p -> p.userId() == userId && p.kind() == kind)
                    .filter(p -> window.fromMs() == 0 || p.createdAtEpochMs() >= window.fromMs())
                    .filter(p -> window.toMs() == 0 || p.createdAtEpochMs() < window.toMs())
                    .filter(p -> afterOrNull == null || p.createdAtEpochMs() < afterOrNull.createdAtMs()
                            || (p.createdAtEpochMs() == afterOrNull.createdAtMs()
                            && p.paymentId().compareTo(afterOrNull.paymentId()) < 0))
                    .sorted(NEWEST_FIRST).limit(limit).toList();
        }
    }

    @Test
    void everyDepositComesBackExactlyOnceNewestFirstAndNoWithdrawal() {
        String[] ids = {"Dq", "Da", "Dz", "Dm", "Db", "Dy", "Dc", "Dx", "Dd"};
        for (int i = 0; i < ids.length; i++) {
            history.add(Payment.create(ids[i], ALICE, PaymentKind.DEPOSIT, "USD", i + 1, 40_000 + i / 3));
            history.add(Payment.create("W" + i, ALICE, PaymentKind.WITHDRAWAL, "USD", 1, 40_000 + i));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            PaymentPage page = pages.list(new PaymentQuery(ALICE, "DEPOSIT", 0, 0, cursor, 2));
            assertThat(page.payments()).hasSizeLessThanOrEqualTo(2);
            page.payments().forEach(p -> seen.add(p.paymentId()));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(seen).isEqualTo(history.rows.stream().filter(p -> p.kind() == PaymentKind.DEPOSIT)
                .sorted(NEWEST_FIRST).map(Payment::paymentId).toList());
    }

    @Test
    void theWindowIsOnTheCreationTime() {
        for (int i = 1; i <= 5; i++) {
            history.add(Payment.create("W" + i, ALICE, PaymentKind.WITHDRAWAL, "BTC", i, i * 1_000L));
        }
        PaymentPage page = pages.list(new PaymentQuery(ALICE, "WITHDRAWAL", 2_000, 4_000, null, 50));

        assertThat(page.payments()).extracting(PaymentView::paymentId).containsExactly("W3", "W2");
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void aPaymentCursorRoundTripsAndFitsTheInputBound() {
        PaymentCursor longest = new PaymentCursor(Long.MAX_VALUE, "D" + "f".repeat(39));
        assertThat(longest.encode()).matches("[A-Za-z0-9_-]+").hasSizeLessThanOrEqualTo(PageCursor.LENGTH_MAX);
        assertThat(PaymentCursor.decode(longest.encode())).isEqualTo(longest);
    }

    @Test
    void badKindsLimitsWindowsAndCursorsAreValidationFailuresBeforeTheStoreIsRead() {
        assertInvalid(() -> pages.list(new PaymentQuery(ALICE, "REFUND", 0, 0, null, 5)));
        assertInvalid(() -> pages.list(new PaymentQuery(ALICE, null, 0, 0, null, 5)));
        assertInvalid(() -> pages.list(new PaymentQuery(ALICE, "DEPOSIT", 0, 0, null, 0)));
        assertInvalid(() -> pages.list(new PaymentQuery(ALICE, "DEPOSIT", 0, 0, null, 501)));
        assertInvalid(() -> pages.list(new PaymentQuery(ALICE, "DEPOSIT", 5, 5, null, 5)));
        assertInvalid(() -> pages.list(new PaymentQuery(ALICE, "DEPOSIT", 0, 0, "bm90IG91cnM", 5)));
        assertInvalid(() -> pages.list(new PaymentQuery(ALICE, "DEPOSIT", 0, 0,
                new TimeIdCursor(1, 2).encode("t1"), 5)));
        assertInvalid(() -> pages.list(new PaymentQuery(ALICE, "DEPOSIT", 0, 0,
                PageCursor.encode("p1:1:D-1"), 5)));
        assertThat(history.reads).isZero();
    }

    private static void assertInvalid(ThrowingCallable call) {
        assertThat(catchThrowableOfType(BusinessException.class, call)).extracting(BusinessException::code)
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
    }
}
