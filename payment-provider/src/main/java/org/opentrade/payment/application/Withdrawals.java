package org.opentrade.payment.application;

import java.time.Clock;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.money.Decimal8;
import org.opentrade.api.payment.PaymentCommand;
import org.opentrade.payment.application.withdrawal.DuplicateWithdrawal;
import org.opentrade.payment.application.withdrawal.GlobalWithdrawal;
import org.opentrade.payment.domain.Payment;
import org.opentrade.payment.domain.PaymentKind;
import org.opentrade.payment.domain.Payments;
import org.opentrade.payment.domain.WithdrawalLimits;
import org.springframework.stereotype.Service;

/**
 * A withdrawal: one Seata global transaction records the payout (payment branch) and takes the money from the
 * user's available balance (fund-provider branch); only after it commits does the payout request leave. A failed or
 * never-accepted payout is refunded once ({@link Outcomes}); INSUFFICIENT_FUNDS rolls everything back. Over the
 * asset's limit per withdrawal it never starts, over the day's limit its record refuses it
 * ({@link org.opentrade.payment.domain.WithdrawalLimits}): 422 WITHDRAWAL_LIMIT_EXCEEDED either way.
 */
@Service
public class Withdrawals {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Withdrawals.class);
    private final Payments payments;
    private final GlobalWithdrawal global;
    private final BankRequests bank;
    private final WithdrawalLimits limits;
    private final Clock clock;

    public Withdrawals(Payments payments, GlobalWithdrawal global, BankRequests bank, WithdrawalLimits limits,
                       Clock clock) {
        this.payments = payments;
        this.global = global;
        this.bank = bank;
        this.limits = limits;
        this.clock = clock;
    }

    public Payment create(PaymentCommand command) {
        PaymentRequests.validate(command);
        var existing = PaymentRequests.original(
                payments.byIdempotencyKey(command.userId(), command.idempotencyKey()), PaymentKind.WITHDRAWAL, command);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!limits.allowsOne(command.asset(), command.amount())) {
            throw new BusinessException(ErrorCode.WITHDRAWAL_LIMIT_EXCEEDED, limits.of(command.asset())
                    .map(limit -> "a withdrawal of " + command.asset() + " may be at most "
                            + Decimal8.format(limit.perWithdrawalMax()))
                    .orElse(command.asset() + " has no withdrawal limits set, so it cannot be withdrawn"));
        }
        Payment withdrawal = Payment.create(PaymentRequests.newId(PaymentKind.WITHDRAWAL), command.userId(),
                PaymentKind.WITHDRAWAL, command.asset(), command.amount(), clock.millis());
        try {
            global.run(withdrawal, command.idempotencyKey());
        } catch (DuplicateWithdrawal duplicate) {
            return PaymentRequests.original(payments.byIdempotencyKey(command.userId(), command.idempotencyKey()),
                    PaymentKind.WITHDRAWAL, command).orElseThrow(() -> new BusinessException(ErrorCode.SERVICE_UNAVAILABLE));
        } catch (BusinessException refused) {
            throw refused;
        } catch (RuntimeException coordinatorTrouble) {
            // the coordinator could not begin or finish it: a retry with the same key finds whatever it became
            log.warn("withdrawal {}: global transaction failed: {}", withdrawal.paymentId(), coordinatorTrouble.toString());
            throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "the withdrawal could not be recorded; retry");
        }
        Payment recorded = payments.byId(withdrawal.paymentId())
                .orElseThrow(() -> new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "withdrawal rolled back"));
        bank.step(recorded);
        return payments.byId(withdrawal.paymentId()).orElse(recorded);
    }
}
