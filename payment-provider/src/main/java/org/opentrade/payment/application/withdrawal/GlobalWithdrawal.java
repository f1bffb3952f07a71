package org.opentrade.payment.application.withdrawal;

import org.apache.seata.spring.annotation.GlobalTransactional;
import org.opentrade.payment.application.port.Ledger;
import org.opentrade.payment.domain.Payment;
import org.springframework.stereotype.Component;

/**
 * The Seata global transaction of one withdrawal: the payout record (this service's TCC branch,
 * {@link WithdrawalRecordTcc}) and the debit of the user's available balance (fund-provider's TCC branch, reached
 * over Dubbo with the XID) both commit, or both roll back. The record goes first so a duplicate request stops
 * before any money moves.
 */
@Component
public class GlobalWithdrawal {
    static final int TIMEOUT_MS = 30_000;

    private final WithdrawalRecord record;
    private final Ledger ledger;

    public GlobalWithdrawal(WithdrawalRecord record, Ledger ledger) {
        this.record = record;
        this.ledger = ledger;
    }

    @GlobalTransactional(name = "withdrawal", timeoutMills = TIMEOUT_MS, rollbackFor = Exception.class)
    public void run(Payment withdrawal, String idempotencyKey) {
        record.tryRecord(null, withdrawal.paymentId(), withdrawal, idempotencyKey);
        ledger.holdForWithdrawal(withdrawal);
    }
}
