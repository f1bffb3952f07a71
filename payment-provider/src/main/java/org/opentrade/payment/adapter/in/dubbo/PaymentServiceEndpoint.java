package org.opentrade.payment.adapter.in.dubbo;

import org.apache.dubbo.config.annotation.DubboService;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.payment.BankNotification;
import org.opentrade.api.payment.PaymentCommand;
import org.opentrade.api.payment.PaymentPage;
import org.opentrade.api.payment.PaymentQuery;
import org.opentrade.api.payment.PaymentService;
import org.opentrade.api.payment.PaymentView;
import org.opentrade.api.payment.ReconciliationView;
import org.opentrade.payment.application.BankNotifications;
import org.opentrade.payment.application.Deposits;
import org.opentrade.payment.application.Reconciler;
import org.opentrade.payment.application.Withdrawals;
import org.opentrade.payment.application.history.PaymentPages;
import org.opentrade.payment.domain.Payment;
import org.opentrade.payment.domain.Payments;

/** Deposits and withdrawals wait for the bank's first answer (bounded by the bank timeout), hence the timeout. */
@DubboService(timeout = PaymentServiceEndpoint.TIMEOUT_MS)
class PaymentServiceEndpoint implements PaymentService {
    static final int TIMEOUT_MS = 15_000;

    private final Payments payments;
    private final Deposits deposits;
    private final Withdrawals withdrawals;
    private final BankNotifications notifications;
    private final Reconciler reconciler;
    private final PaymentPages pages;

    PaymentServiceEndpoint(Payments payments, Deposits deposits, Withdrawals withdrawals,
                           BankNotifications notifications, Reconciler reconciler, PaymentPages pages) {
        this.pages = pages;
        this.payments = payments;
        this.deposits = deposits;
        this.withdrawals = withdrawals;
        this.notifications = notifications;
        this.reconciler = reconciler;
    }

    @Override
    public PaymentView getPayment(long userId, String paymentId) {
        return payments.ofUser(userId, paymentId).map(Payment::view)
                .orElseThrow(() -> new BusinessException(ErrorCode.PAYMENT_NOT_FOUND));
    }

    @Override
    public PaymentPage listPayments(PaymentQuery query) {
        return pages.list(query);
    }

    @Override
    public PaymentView deposit(PaymentCommand command) {
        return deposits.create(command).view();
    }

    @Override
    public PaymentView withdraw(PaymentCommand command) {
        return withdrawals.create(command).view();
    }

    @Override
    public void acceptBankNotification(BankNotification notification) {
        notifications.accept(notification);
    }

    @Override
    public ReconciliationView reconcile(long fromEpochMs, long toEpochMs) {
        return reconciler.reconcile(fromEpochMs, toEpochMs);
    }
}
