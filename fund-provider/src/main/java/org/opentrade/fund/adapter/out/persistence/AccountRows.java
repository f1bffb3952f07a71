package org.opentrade.fund.adapter.out.persistence;

import java.util.List;

import org.opentrade.fund.domain.ledger.AccountIds;
import org.opentrade.fund.domain.ledger.ApplyOutcome;

/**
 * Balance changes inside a shard's batch transaction. A transaction's row moves are all made or none: when one is
 * refused, the moves already made for that transaction are taken back with their negation (this transaction holds
 * those rows' locks since it updated them, so nothing else saw or changed them), and the refusal is judged from
 * the refused row under its lock, by the same rule the in-memory ledger applies ({@code Posting.judge}).
 */
final class AccountRows {
    private final LedgerBatchMapper batch;
    private final LedgerMapper ledger;

    AccountRows(LedgerBatchMapper batch, LedgerMapper ledger) {
        this.batch = batch;
        this.ledger = ledger;
    }

    /** All the moves of one transaction, in canonical order, or none of them; APPLIED or the refusal. */
    ApplyOutcome moveAll(List<RowMove> moves) {
        for (int i = 0; i < moves.size(); i++) {
            ApplyOutcome outcome = move(moves.get(i));
            if (outcome != ApplyOutcome.APPLIED) {
                for (int made = i - 1; made >= 0; made--) {
                    batch.undo(moves.get(made));
                }
                return outcome;
            }
        }
        return ApplyOutcome.APPLIED;
    }

    /** One conditional update; only when it is refused, a locked read says why (or opens the missing account). */
    private ApplyOutcome move(RowMove move) {
        if (batch.moveIfAllowed(move) == 1) {
            return ApplyOutcome.APPLIED;
        }
        AccountStateRow state = batch.lockState(move.accountId(), move.asset().name());
        ApplyOutcome judged;
        if (state != null) {
            judged = move.judge(state.getAvailable(), state.getFrozen(), state.getSuspended() == 1);
        } else {
            // a missing account holds zero and inherits the user's suspension, as in the single path
            boolean suspended = AccountIds.isUser(move.accountId())
                    && batch.lockUserSuspension(move.accountId()) == 1;
            judged = move.judge(0, 0, suspended);
            if (judged == ApplyOutcome.APPLIED) {
                ledger.openAccount(move.accountId(), move.asset().name(), suspended ? 1 : 0);
            }
        }
        if (judged == ApplyOutcome.APPLIED && batch.moveIfAllowed(move) != 1) {
            throw new IllegalStateException("the row allows the move it refused: " + move);
        }
        return judged;
    }

    /** The batch's system account sums; refused only near the BIGINT bounds, which rolls the batch back. */
    void addAll(List<SystemMove> moves) {
        for (SystemMove move : moves) {
            if (batch.addToSystemAccount(move) == 1) {
                continue;
            }
            ledger.openAccount(move.accountId(), move.asset().name(), 0);
            if (batch.addToSystemAccount(move) != 1) {
                throw new SystemBalanceNearBounds();
            }
        }
    }
}
