package org.opentrade.facade.web;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.money.Decimal8;
import org.opentrade.api.payment.PaymentPage;
import org.opentrade.api.payment.PaymentQuery;
import org.opentrade.api.payment.PaymentService;
import org.opentrade.api.payment.PaymentView;
import org.opentrade.facade.auth.Caller;
import org.springframework.http.ResponseEntity;

/** How deposits and withdrawals look in JSON, and the checks and the paging both routes share. */
final class PaymentResponses {
    static final int IDEMPOTENCY_KEY_LENGTH_MAX = 128;
    static final String PAYMENT_ID_PATTERN = "[A-Za-z0-9]{1,40}";

    private PaymentResponses() {
    }

    record DepositResponse(String depositId, String asset, String amount, String status, String createdAt) {
        static DepositResponse of(PaymentView view) {
            requireKind(view, "DEPOSIT");
            return new DepositResponse(view.paymentId(), view.asset(), Decimal8.format(view.amount()), view.status(),
                    Instant.ofEpochMilli(view.createdAtEpochMs()).toString());
        }
    }

    record WithdrawalResponse(String withdrawalId, String asset, String amount, String status, String createdAt) {
        static WithdrawalResponse of(PaymentView view) {
            requireKind(view, "WITHDRAWAL");
            return new WithdrawalResponse(view.paymentId(), view.asset(), Decimal8.format(view.amount()), view.status(),
                    Instant.ofEpochMilli(view.createdAtEpochMs()).toString());
        }
    }

    /** A page of the caller's payments of one kind (DEPOSIT or WITHDRAWAL), each as {@code view} shows it. */
    static <T> ResponseEntity<List<T>> page(PaymentService payments, Caller caller, String kind, PageParameters page,
                                           HttpServletRequest request, Function<PaymentView, T> view) {
        PaymentPage found = payments.listPayments(new PaymentQuery(caller.userId(), kind, page.fromEpochMs(),
                page.toEpochMs(), page.cursor(), page.limitOrDefault()));
        return PageHeaders.page(found.payments().stream().map(view).toList(), found.nextCursor(), request);
    }

    /** A withdrawal id asked for as a deposit (or the reverse) is as good as missing. */
    private static void requireKind(PaymentView view, String kind) {
        if (!kind.equals(view.kind())) {
            throw new BusinessException(ErrorCode.PAYMENT_NOT_FOUND);
        }
    }

    static String idempotencyKey(String key) {
        if (key == null || key.isBlank() || key.length() > IDEMPOTENCY_KEY_LENGTH_MAX) {
            throw new BusinessException(ErrorCode.IDEMPOTENCY_KEY_REQUIRED, "Idempotency-Key must be 1-128 characters");
        }
        return key;
    }
}
