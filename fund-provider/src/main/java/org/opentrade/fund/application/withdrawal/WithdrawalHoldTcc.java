package org.opentrade.fund.application.withdrawal;

import static org.opentrade.fund.application.LedgerOutcomes.requireSuccess;
import static org.opentrade.fund.application.LedgerOutcomes.transaction;

import java.util.function.Supplier;

import org.apache.seata.rm.tcc.api.BusinessActionContext;
import org.apache.seata.rm.tcc.api.BusinessActionContextParameter;
import org.apache.seata.rm.tcc.api.LocalTCC;
import org.apache.seata.rm.tcc.api.TwoPhaseBusinessAction;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.money.Asset;
import org.opentrade.fund.application.JournalStore;
import org.opentrade.fund.application.LockContention;
import org.opentrade.fund.application.transfer.TccBarriers;
import org.opentrade.fund.application.transfer.TccBarriers.State;
import org.opentrade.fund.domain.ledger.Postings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** See {@link WithdrawalHold}. Each phase is one local transaction on the user's shard. */
@Service
@LocalTCC
public class WithdrawalHoldTcc implements WithdrawalHold {
    private final JournalStore journal;
    private final TccBarriers barriers;
    private final TransactionTemplate transactions;

    public WithdrawalHoldTcc(JournalStore journal, TccBarriers barriers, TransactionTemplate transactions) {
        this.journal = journal;
        this.barriers = barriers;
        this.transactions = transactions;
    }

    @Override
    @TwoPhaseBusinessAction(name = "withdrawal-hold", commitMethod = "confirm", rollbackMethod = "cancel")
    public boolean tryHold(BusinessActionContext context,
                           @BusinessActionContextParameter("paymentId") String paymentId,
                           @BusinessActionContextParameter("userId") long userId,
                           @BusinessActionContextParameter("asset") String asset,
                           @BusinessActionContextParameter("amount") long amount) {
        Asset parsed = Asset.parse(asset).orElseThrow(() -> new BusinessException(ErrorCode.UNKNOWN_ASSET));
        return inTransaction(() -> {
            if (!barriers.insert(key(paymentId), userId, context.getXid(), State.TRIED)) {
                if (barriers.lockState(key(paymentId), userId).orElseThrow() == State.CANCELED) {
                    throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "withdrawal " + paymentId + " rolled back");
                }
                return true;
            }
            requireSuccess(journal.apply(transaction(() -> Postings.withdraw(userId, parsed, amount, paymentId))));
            return true;
        });
    }

    @Override
    public boolean confirm(BusinessActionContext context) {
        Branch branch = Branch.of(context);
        return inTransaction(() -> {
            if (barriers.lockState(key(branch.paymentId), branch.userId).orElse(null) == State.TRIED) {
                barriers.update(key(branch.paymentId), branch.userId, State.CONFIRMED);
            }
            return true;
        });
    }

    @Override
    public boolean cancel(BusinessActionContext context) {
        Branch branch = Branch.of(context);
        return inTransaction(() -> {
            if (!barriers.insert(key(branch.paymentId), branch.userId, context.getXid(), State.CANCELED)
                    && barriers.lockState(key(branch.paymentId), branch.userId).orElseThrow() == State.TRIED) {
                requireSuccess(journal.apply(Postings.withdrawalRefund(branch.userId, branch.asset, branch.amount,
                        branch.paymentId)));
                barriers.update(key(branch.paymentId), branch.userId, State.CANCELED);
            }
            return true;
        });
    }

    private boolean inTransaction(Supplier<Boolean> work) {
        return LockContention.retry(() -> Boolean.TRUE.equals(transactions.execute(status -> work.get())));
    }

    static String key(String paymentId) {
        return "withdrawal:" + paymentId + ":hold";
    }

    /** The branch parameters Seata kept for the second phase. */
    record Branch(String paymentId, long userId, Asset asset, long amount) {
        static Branch of(BusinessActionContext context) {
            return new Branch(String.valueOf(context.getActionContext("paymentId")), number(context, "userId"),
                    Asset.valueOf(String.valueOf(context.getActionContext("asset"))), number(context, "amount"));
        }

        private static long number(BusinessActionContext context, String key) {
            Object value = context.getActionContext(key);
            return value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value));
        }
    }
}
