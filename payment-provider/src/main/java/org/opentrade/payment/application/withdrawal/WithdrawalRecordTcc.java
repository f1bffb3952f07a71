package org.opentrade.payment.application.withdrawal;

import java.time.Clock;

import org.apache.seata.rm.tcc.api.BusinessActionContext;
import org.apache.seata.rm.tcc.api.BusinessActionContextParameter;
import org.apache.seata.rm.tcc.api.LocalTCC;
import org.apache.seata.rm.tcc.api.TwoPhaseBusinessAction;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.money.Decimal8;
import org.opentrade.api.payment.event.PaymentEvent;
import org.opentrade.payment.application.PaymentEvents;
import org.opentrade.payment.application.PaymentProperties;
import org.opentrade.payment.application.port.DailyWithdrawals;
import org.opentrade.payment.application.withdrawal.Barriers.State;
import org.opentrade.payment.domain.Payment;
import org.opentrade.payment.domain.Payments;
import org.opentrade.payment.domain.WithdrawalLimits;
import org.opentrade.platform.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * See {@link WithdrawalRecord}. Each phase is one local transaction on the payment database. The try also counts the
 * amount toward the user's day ({@link DailyWithdrawals}) and refuses past the day's limit; the cancel gives it back.
 * The confirm publishes WithdrawalRequested (through the outbox) for risk monitoring.
 */
@Service
@LocalTCC
public class WithdrawalRecordTcc implements WithdrawalRecord {
    private final Payments payments;
    private final Barriers barriers;
    private final TransactionTemplate transactions;
    private final PaymentProperties properties;
    private final DailyWithdrawals daily;
    private final WithdrawalLimits limits;
    private final Outbox outbox;
    private final Clock clock;

    public WithdrawalRecordTcc(Payments payments, Barriers barriers, TransactionTemplate transactions,
                               PaymentProperties properties, DailyWithdrawals daily, WithdrawalLimits limits,
                               Outbox outbox, Clock clock) {
        this.payments = payments;
        this.barriers = barriers;
        this.transactions = transactions;
        this.properties = properties;
        this.daily = daily;
        this.limits = limits;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    @TwoPhaseBusinessAction(name = "withdrawal-record", commitMethod = "confirm", rollbackMethod = "cancel")
    public boolean tryRecord(BusinessActionContext context,
                             @BusinessActionContextParameter("paymentId") String paymentId,
                             Payment withdrawal, String idempotencyKey) {
        daily.open(withdrawal.userId(), withdrawal.asset(), WithdrawalLimits.dayOf(withdrawal.createdAtEpochMs()));
        transactions.executeWithoutResult(tx -> {
            if (!barriers.insert(key(paymentId), context.getXid(), State.TRIED)) {
                if (barriers.lockState(key(paymentId)).orElseThrow() == State.CANCELED) {
                    throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "withdrawal " + paymentId + " rolled back");
                }
                return;
            }
            // far in the future: a HELD row is never sent; confirm sets the real time
            if (!payments.insert(withdrawal, idempotencyKey, Long.MAX_VALUE / 2)) {
                throw new DuplicateWithdrawal(idempotencyKey);
            }
            countTowardTheDay(withdrawal);
        });
        return true;
    }

    /**
     * HELD -> READY, and with it the WithdrawalRequested event, in one local transaction. The event is written here and
     * not in the try: the try's row is stored under a global transaction that may still roll back (insufficient
     * funds in the fund branch, a timeout, the coordinator's decision), and its cancel deletes the row, but an outbox
     * row committed by the try would be published anyway. Confirm runs only after the global transaction committed,
     * so the withdrawal is really accepted and its amount debited; and since only a READY withdrawal is ever sent,
     * the event is committed before the bank is asked. The barrier (TRIED, once) and the conditional release make a
     * repeated confirm write no second event.
     */
    @Override
    public boolean confirm(BusinessActionContext context) {
        String paymentId = String.valueOf(context.getActionContext("paymentId"));
        transactions.executeWithoutResult(tx -> {
            if (barriers.lockState(key(paymentId)).orElse(null) == State.TRIED) {
                long now = clock.millis();
                if (payments.release(paymentId, now + properties.bank().requestLeaseMs())) {
                    payments.byId(paymentId).ifPresent(accepted -> outbox.add(PaymentEvent.TOPIC, paymentId,
                            PaymentEvent.WITHDRAWAL_REQUESTED, PaymentEvents.withdrawalRequested(accepted, now)));
                }
                barriers.update(key(paymentId), State.CONFIRMED);
            }
        });
        return true;
    }

    @Override
    public boolean cancel(BusinessActionContext context) {
        String paymentId = String.valueOf(context.getActionContext("paymentId"));
        transactions.executeWithoutResult(tx -> {
            if (!barriers.insert(key(paymentId), context.getXid(), State.CANCELED)
                    && barriers.lockState(key(paymentId)).orElseThrow() == State.TRIED) {
                payments.byId(paymentId).ifPresent(held -> daily.release(held.userId(), held.asset(),
                        WithdrawalLimits.dayOf(held.createdAtEpochMs()), held.amount()));
                payments.deleteHeld(paymentId);
                barriers.update(key(paymentId), State.CANCELED);
            }
        });
        return true;
    }

    /** Inside the try's transaction: a refusal rolls back the record too, and the global transaction with it. */
    private void countTowardTheDay(Payment withdrawal) {
        long dayMax = limits.of(withdrawal.asset()).map(WithdrawalLimits.Limit::perDayMax).orElse(0L);
        if (!daily.reserve(withdrawal.userId(), withdrawal.asset(),
                WithdrawalLimits.dayOf(withdrawal.createdAtEpochMs()), withdrawal.amount(), dayMax)) {
            throw new BusinessException(ErrorCode.WITHDRAWAL_LIMIT_EXCEEDED, "the day's withdrawals of "
                    + withdrawal.asset() + " would exceed " + Decimal8.format(dayMax));
        }
    }

    static String key(String paymentId) {
        return "withdrawal:" + paymentId + ":record";
    }
}
