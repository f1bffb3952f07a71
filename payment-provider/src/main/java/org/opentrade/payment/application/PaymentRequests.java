package org.opentrade.payment.application;

import java.util.Optional;
import java.util.UUID;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.money.Amounts;
import org.opentrade.api.money.Asset;
import org.opentrade.api.payment.PaymentCommand;
import org.opentrade.payment.domain.Payment;
import org.opentrade.payment.domain.PaymentKind;

/** What deposits and withdrawals check the same way: input, ids, and the answer to a repeated request. */
final class PaymentRequests {
    static final int IDEMPOTENCY_KEY_LENGTH_MAX = 128;

    private PaymentRequests() {
    }

    static void validate(PaymentCommand command) {
        if (command.idempotencyKey() == null || command.idempotencyKey().isBlank()
                || command.idempotencyKey().length() > IDEMPOTENCY_KEY_LENGTH_MAX) {
            throw new BusinessException(ErrorCode.IDEMPOTENCY_KEY_REQUIRED);
        }
        if (Asset.parse(command.asset()).isEmpty()) {
            throw new BusinessException(ErrorCode.UNKNOWN_ASSET);
        }
        if (command.amount() <= 0 || command.amount() > Amounts.MAX) {
            throw new BusinessException(ErrorCode.INVALID_AMOUNT);
        }
    }

    /** D or W and 32 hex digits: a valid bank merchant reference, unguessable, never reused. */
    static String newId(PaymentKind kind) {
        return (kind == PaymentKind.DEPOSIT ? "D" : "W") + UUID.randomUUID().toString().replace("-", "");
    }

    /** A repeat of the same request gets the original; the same key for something else is a conflict. */
    static Optional<Payment> original(Optional<Payment> existing, PaymentKind kind, PaymentCommand command) {
        existing.ifPresent(payment -> {
            if (!payment.matches(kind, command.asset(), command.amount())) {
                throw new BusinessException(ErrorCode.IDEMPOTENCY_KEY_REUSED);
            }
        });
        return existing;
    }
}
