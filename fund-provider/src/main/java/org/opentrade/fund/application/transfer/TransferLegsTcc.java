package org.opentrade.fund.application.transfer;

import static org.opentrade.fund.application.LedgerOutcomes.requireSuccess;
import static org.opentrade.fund.application.LedgerOutcomes.transaction;

import org.apache.seata.rm.tcc.api.BusinessActionContext;
import org.apache.seata.rm.tcc.api.BusinessActionContextParameter;
import org.apache.seata.rm.tcc.api.LocalTCC;
import org.apache.seata.rm.tcc.api.TwoPhaseBusinessAction;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.money.Asset;
import org.opentrade.fund.application.JournalStore;
import org.opentrade.fund.application.LockContention;
import org.opentrade.fund.application.transfer.TccBarriers.State;
import org.opentrade.fund.domain.ledger.Postings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;


/** See {@link TransferLegs}. Every phase is one local transaction on the shard of the user it touches. */
@Service
@LocalTCC
public class TransferLegsTcc implements TransferLegs {
    private static final Logger log = LoggerFactory.getLogger(TransferLegsTcc.class);

    private final JournalStore journal;
    private final TccBarriers barriers;
    private final TransferRecords transfers;
    private final UserStandings users;
    private final TransactionTemplate transactions;

    public TransferLegsTcc(JournalStore journal, TccBarriers barriers, TransferRecords transfers,
                           UserStandings users, TransactionTemplate transactions) {
        this.journal = journal;
        this.barriers = barriers;
        this.transfers = transfers;
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    @TwoPhaseBusinessAction(name = "transfer-out", commitMethod = "confirmOut", rollbackMethod = "cancelOut")
    public boolean tryOut(BusinessActionContext context,
                          @BusinessActionContextParameter("transferId") long transferId,
                          @BusinessActionContextParameter("userId") long fromUserId,
                          @BusinessActionContextParameter("asset") String asset,
                          @BusinessActionContextParameter("amount") long amount) {
        Asset parsed = Asset.valueOf(asset);
        return inTransaction(() -> {
            if (!firstTry(outKey(transferId), fromUserId, context.getXid())) {
                return true;
            }
            requireSuccess(journal.apply(transaction(() -> Postings.transferOut(fromUserId, parsed, amount, ref(transferId)))));
            return true;
        });
    }

    @Override
    public boolean confirmOut(BusinessActionContext context) {
        Leg leg = Leg.of(context);
        return inTransaction(() -> {
            if (barriers.lockState(outKey(leg.transferId), leg.userId).orElse(null) == State.TRIED) {
                barriers.update(outKey(leg.transferId), leg.userId, State.CONFIRMED);
            }
            transfers.finish(leg.userId, leg.transferId, TransferStatus.COMPLETED);
            return true;
        });
    }

    @Override
    public boolean cancelOut(BusinessActionContext context) {
        Leg leg = Leg.of(context);
        return inTransaction(() -> {
            if (!barriers.insert(outKey(leg.transferId), leg.userId, context.getXid(), State.CANCELED)) {
                State state = barriers.lockState(outKey(leg.transferId), leg.userId).orElseThrow();
                if (state == State.TRIED) {
                    requireSuccess(journal.apply(Postings.transferOutReversal(leg.userId, leg.asset, leg.amount,
                            ref(leg.transferId))));
                    barriers.update(outKey(leg.transferId), leg.userId, State.CANCELED);
                } else if (state == State.CONFIRMED) {
                    log.error("cancel of confirmed transfer {} out-leg ignored", leg.transferId);
                }
            }
            transfers.finish(leg.userId, leg.transferId, TransferStatus.FAILED);
            return true;
        });
    }

    @Override
    @TwoPhaseBusinessAction(name = "transfer-in", commitMethod = "confirmIn", rollbackMethod = "cancelIn")
    public boolean tryIn(BusinessActionContext context,
                         @BusinessActionContextParameter("transferId") long transferId,
                         @BusinessActionContextParameter("userId") long toUserId,
                         @BusinessActionContextParameter("asset") String asset,
                         @BusinessActionContextParameter("amount") long amount) {
        if (!users.isActive(toUserId)) {
            throw new BusinessException(ErrorCode.RECIPIENT_FROZEN);
        }
        return inTransaction(() -> {
            firstTry(inKey(transferId), toUserId, context.getXid());
            return true;
        });
    }

    @Override
    public boolean confirmIn(BusinessActionContext context) {
        Leg leg = Leg.of(context);
        return inTransaction(() -> {
            State state = barriers.lockState(inKey(leg.transferId), leg.userId).orElse(null);
            if (state == State.TRIED) {
                requireSuccess(journal.apply(Postings.transferIn(leg.userId, leg.asset, leg.amount, ref(leg.transferId))));
                barriers.update(inKey(leg.transferId), leg.userId, State.CONFIRMED);
            }
            return true;
        });
    }

    @Override
    public boolean cancelIn(BusinessActionContext context) {
        Leg leg = Leg.of(context);
        return inTransaction(() -> {
            if (!barriers.insert(inKey(leg.transferId), leg.userId, context.getXid(), State.CANCELED)) {
                barriers.lockState(inKey(leg.transferId), leg.userId)
                        .filter(state -> state == State.TRIED)
                        .ifPresent(tried -> barriers.update(inKey(leg.transferId), leg.userId, State.CANCELED));
            }
            return true;
        });
    }

    /**
     * Records TRIED for a branch seen for the first time. A repeated try finds TRIED (nothing to do again); a try
     * after its cancel finds CANCELED and is refused, so no hold hangs without a transaction to release it.
     */
    private boolean firstTry(String branchKey, long userId, String xid) {
        if (barriers.insert(branchKey, userId, xid, State.TRIED)) {
            return true;
        }
        State state = barriers.lockState(branchKey, userId).orElseThrow();
        if (state == State.CANCELED) {
            throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "transfer branch " + branchKey + " was rolled back");
        }
        return false;
    }

    /** One local transaction, run again on lock contention ({@link LockContention}). */
    private boolean inTransaction(java.util.function.Supplier<Boolean> work) {
        return LockContention.retry(() -> Boolean.TRUE.equals(transactions.execute(status -> work.get())));
    }

    static String outKey(long transferId) {
        return "transfer:" + transferId + ":out";
    }

    static String inKey(long transferId) {
        return "transfer:" + transferId + ":in";
    }

    static String ref(long transferId) {
        return "transfer-" + transferId;
    }

    /** The branch parameters Seata kept for the second phase. */
    record Leg(long transferId, long userId, Asset asset, long amount) {
        static Leg of(BusinessActionContext context) {
            return new Leg(number(context, "transferId"), number(context, "userId"),
                    Asset.valueOf(String.valueOf(context.getActionContext("asset"))), number(context, "amount"));
        }

        private static long number(BusinessActionContext context, String key) {
            Object value = context.getActionContext(key);
            return value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value));
        }
    }
}
