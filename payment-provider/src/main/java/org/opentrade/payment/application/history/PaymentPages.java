package org.opentrade.payment.application.history;

import java.util.List;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.page.PageLimits;
import org.opentrade.api.page.Pages;
import org.opentrade.api.page.TimeWindow;
import org.opentrade.api.payment.PaymentPage;
import org.opentrade.api.payment.PaymentQuery;
import org.opentrade.payment.application.port.PaymentHistory;
import org.opentrade.payment.domain.Payment;
import org.opentrade.payment.domain.PaymentKind;
import org.springframework.stereotype.Service;

/** A user's deposits or withdrawals in pages, newest first. Input is checked here, whoever calls. */
@Service
public class PaymentPages {
    private final PaymentHistory payments;

    public PaymentPages(PaymentHistory payments) {
        this.payments = payments;
    }

    public PaymentPage list(PaymentQuery query) {
        PaymentKind kind = kind(query.kind());
        int limit = PageLimits.checked(query.limit(), PaymentQuery.LIMIT_MAX);
        TimeWindow window = TimeWindow.of(query.fromEpochMs(), query.toEpochMs());
        PaymentCursor after = query.cursor() == null ? null : PaymentCursor.decode(query.cursor());
        List<Payment> rows = payments.newestFirst(query.userId(), kind, window, after, limit + 1);
        return Pages.of(rows, limit, Payment::view, p -> new PaymentCursor(p.createdAtEpochMs(), p.paymentId()).encode(),
                PaymentPage::new);
    }

    private static PaymentKind kind(String kind) {
        try {
            return PaymentKind.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, "kind is DEPOSIT or WITHDRAWAL");
        }
    }
}
