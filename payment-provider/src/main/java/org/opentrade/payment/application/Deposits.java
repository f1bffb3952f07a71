package org.opentrade.payment.application;

import java.time.Clock;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.payment.PaymentCommand;
import org.opentrade.payment.domain.Payment;
import org.opentrade.payment.domain.PaymentKind;
import org.opentrade.payment.domain.Payments;
import org.springframework.stereotype.Service;

/**
 * A deposit: the PENDING record commits first (claiming the Idempotency-Key), then the bank is asked to collect;
 * the bank's notification credits the user ({@link BankNotifications}). The record exists before the request leaves,
 * so a notification that overtakes the request's answer finds it.
 */
@Service
public class Deposits {
    private final Payments payments;
    private final BankRequests bank;
    private final PaymentProperties properties;
    private final Clock clock;

    public Deposits(Payments payments, BankRequests bank, PaymentProperties properties, Clock clock) {
        this.payments = payments;
        this.bank = bank;
        this.properties = properties;
        this.clock = clock;
    }

    public Payment create(PaymentCommand command) {
        PaymentRequests.validate(command);
        var existing = PaymentRequests.original(
                payments.byIdempotencyKey(command.userId(), command.idempotencyKey()), PaymentKind.DEPOSIT, command);
        if (existing.isPresent()) {
            return existing.get();
        }
        long now = clock.millis();
        Payment deposit = Payment.create(PaymentRequests.newId(PaymentKind.DEPOSIT), command.userId(),
                PaymentKind.DEPOSIT, command.asset(), command.amount(), now);
        // the sweeper leaves it alone while this thread sends the first request
        if (!payments.insert(deposit, command.idempotencyKey(), now + properties.bank().requestLeaseMs())) {
            return PaymentRequests.original(payments.byIdempotencyKey(command.userId(), command.idempotencyKey()),
                    PaymentKind.DEPOSIT, command).orElseThrow(() -> new BusinessException(ErrorCode.SERVICE_UNAVAILABLE));
        }
        bank.step(deposit);
        return payments.byId(deposit.paymentId()).orElse(deposit);
    }
}
