package org.opentrade.payment.adapter.in.dubbo;

import org.apache.dubbo.config.annotation.DubboService;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.payment.PaymentService;
import org.opentrade.api.payment.PaymentView;
import org.opentrade.payment.domain.Payment;
import org.opentrade.payment.domain.Payments;

@DubboService
class PaymentServiceEndpoint implements PaymentService {
    private final Payments payments;

    PaymentServiceEndpoint(Payments payments) {
        this.payments = payments;
    }

    @Override
    public PaymentView getPayment(long userId, String paymentId) {
        return payments.ofUser(userId, paymentId).map(Payment::view)
                .orElseThrow(() -> new BusinessException(ErrorCode.PAYMENT_NOT_FOUND));
    }
}
