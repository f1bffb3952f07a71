package org.opentrade.fund.adapter.in.dubbo;

import java.util.List;

import org.apache.dubbo.config.annotation.DubboService;
import org.apache.seata.core.context.RootContext;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.fund.AccountBalance;
import org.opentrade.api.fund.AuditView;
import org.opentrade.api.fund.FillSettlement;
import org.opentrade.api.fund.FundService;
import org.opentrade.api.fund.LedgerMovement;
import org.opentrade.api.fund.LedgerPage;
import org.opentrade.api.fund.LedgerQuery;
import org.opentrade.api.fund.MovementResult;
import org.opentrade.api.fund.StatementLine;
import org.opentrade.api.fund.StatementQuery;
import org.opentrade.api.fund.TransferCommand;
import org.opentrade.api.fund.TransferPage;
import org.opentrade.api.fund.TransferQuery;
import org.opentrade.api.fund.TransferView;
import org.opentrade.fund.application.Balances;
import org.opentrade.fund.application.LedgerAudit;
import org.opentrade.fund.application.Movements;
import org.opentrade.fund.application.Settlements;
import org.opentrade.fund.application.batch.HoldBatches;
import org.opentrade.fund.application.batch.SettlementBatches;
import org.opentrade.fund.application.history.LedgerHistory;
import org.opentrade.fund.application.suspension.UserSuspensions;
import org.opentrade.fund.application.transfer.Transfers;
import org.opentrade.fund.application.withdrawal.WithdrawalHold;

@DubboService
class FundServiceEndpoint implements FundService {
    private final Balances balances;
    private final Movements movements;
    private final Transfers transfers;
    private final LedgerHistory ledger;
    private final LedgerAudit audit;
    private final Settlements settlements;
    private final WithdrawalHold withdrawalHold;
    private final UserSuspensions suspensions;
    private final HoldBatches holdBatches;
    private final SettlementBatches settlementBatches;

    FundServiceEndpoint(Balances balances, Movements movements, Transfers transfers, LedgerHistory ledger,
                        LedgerAudit audit, Settlements settlements, WithdrawalHold withdrawalHold,
                        UserSuspensions suspensions, HoldBatches holdBatches, SettlementBatches settlementBatches) {
        this.holdBatches = holdBatches;
        this.settlementBatches = settlementBatches;
        this.suspensions = suspensions;
        this.settlements = settlements;
        this.withdrawalHold = withdrawalHold;
        this.balances = balances;
        this.movements = movements;
        this.transfers = transfers;
        this.ledger = ledger;
        this.audit = audit;
    }

    @Override
    public void openAccounts(long userId) {
        balances.open(userId);
    }

    @Override
    public List<AccountBalance> balances(long userId) {
        return balances.of(userId).stream()
                .map(account -> new AccountBalance(account.asset().name(), account.available(), account.frozen()))
                .toList();
    }

    @Override
    public void deposit(LedgerMovement movement) {
        movements.deposit(movement);
    }

    /**
     * Inside a caller's Seata global transaction (the XID bound by {@link SeataXidBinding}) the withdrawal is the
     * try of fund-provider's TCC branch, so a rollback of the caller's transaction gives the money back; otherwise
     * a plain idempotent posting.
     */
    @Override
    public void withdraw(LedgerMovement movement) {
        if (RootContext.inGlobalTransaction()) {
            withdrawalHold.tryHold(null, movement.reference(), movement.userId(), movement.asset(), movement.amount());
        } else {
            movements.withdraw(movement);
        }
    }

    @Override
    public void refundWithdrawal(LedgerMovement movement) {
        movements.refundWithdrawal(movement);
    }

    @Override
    public void freeze(LedgerMovement movement) {
        movements.freeze(movement);
    }

    @Override
    public void unfreeze(LedgerMovement movement) {
        movements.unfreeze(movement);
    }

    @Override
    public void settle(FillSettlement fill) {
        settlements.settle(fill);
    }

    @Override
    public TransferView transfer(TransferCommand command) {
        return transfers.transfer(command);
    }

    @Override
    public TransferView getTransfer(long fromUserId, String transferId) {
        try {
            return transfers.get(fromUserId, Long.parseLong(transferId));
        } catch (NumberFormatException e) {
            throw new BusinessException(ErrorCode.TRANSFER_NOT_FOUND);
        }
    }

    @Override
    public TransferPage listTransfers(TransferQuery query) {
        return transfers.list(query);
    }

    @Override
    public LedgerPage ledger(LedgerQuery query) {
        return ledger.page(query);
    }

    @Override
    public List<StatementLine> statement(StatementQuery query) {
        return ledger.statement(query);
    }

    @Override
    public List<MovementResult> freezeAll(List<LedgerMovement> holds) {
        return holdBatches.freezeAll(holds);
    }

    @Override
    public List<MovementResult> unfreezeAll(List<LedgerMovement> releases) {
        return holdBatches.unfreezeAll(releases);
    }

    @Override
    public List<MovementResult> settleAll(List<FillSettlement> fills) {
        return settlementBatches.settleAll(fills);
    }

    @Override
    public List<MovementResult> voidHolds(List<LedgerMovement> holds) {
        return holdBatches.voidHolds(holds);
    }

    @Override
    public void suspendUser(long userId) {
        suspensions.suspend(userId);
    }

    @Override
    public void reinstateUser(long userId) {
        suspensions.reinstate(userId);
    }

    @Override
    public AuditView audit() {
        return audit.run();
    }
}
