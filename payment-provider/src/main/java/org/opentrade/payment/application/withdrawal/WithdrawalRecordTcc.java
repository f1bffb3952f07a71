package org.opentrade.payment.application.withdrawal;

import java.time.Clock;

import org.apache.seata.rm.tcc.api.BusinessActionContext;
import org.apache.seata.rm.tcc.api.BusinessActionContextParameter;
import org.apache.seata.rm.tcc.api.LocalTCC;
import org.apache.seata.rm.tcc.api.TwoPhaseBusinessAction;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.payment.application.PaymentProperties;
import org.opentrade.payment.application.withdrawal.Barriers.State;
import org.opentrade.payment.domain.Payment;
import org.opentrade.payment.domain.Payments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** See {@link WithdrawalRecord}. Each phase is one local transaction on the payment database. */
@Service
@LocalTCC
public class WithdrawalRecordTcc implements WithdrawalRecord {
    private final Payments payments;
    private final Barriers barriers;
    private final TransactionTemplate transactions;
    private final PaymentProperties properties;
    private final Clock clock;

    public WithdrawalRecordTcc(Payments payments, Barriers barriers, TransactionTemplate transactions,
                               PaymentProperties properties, Clock clock) {
        this.payments = payments;
        this.barriers = barriers;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @TwoPhaseBusinessAction(name = "withdrawal-record", commitMethod = "confirm", rollbackMethod = "cancel")
    public boolean tryRecord(BusinessActionContext context,
                             @BusinessActionContextParameter("paymentId") String paymentId,
                             Payment withdrawal, String idempotencyKey) {
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
        });
        return true;
    }

    @Override
    public boolean confirm(BusinessActionContext context) {
        String paymentId = String.valueOf(context.getActionContext("paymentId"));
        transactions.executeWithoutResult(tx -> {
            if (barriers.lockState(key(paymentId)).orElse(null) == State.TRIED) {
                payments.release(paymentId, clock.millis() + properties.bank().requestLeaseMs());
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
                payments.deleteHeld(paymentId);
                barriers.update(key(paymentId), State.CANCELED);
            }
        });
        return true;
    }

    static String key(String paymentId) {
        return "withdrawal:" + paymentId + ":record";
    }
}
