package org.opentrade.api.fund;

import java.util.List;

import org.opentrade.api.BusinessException;

/**
 * Accounts per (user, asset) and the double-entry journal behind them. Every money movement is idempotent on its
 * reference: a retry with the same content returns normally and changes nothing; the same reference with other
 * content fails with REFERENCE_CONFLICT. Failures are BusinessExceptions (INSUFFICIENT_FUNDS, INVALID_AMOUNT, ...).
 */
public interface FundService {

    /** Opens a zero account for every asset the venue lists. Idempotent: accounts that exist are left alone. */
    void openAccounts(long userId) throws BusinessException;

    /**
     * The user's balances, read from the primary so a client sees its own writes at once. One entry per listed
     * asset, zero where no account exists yet.
     */
    List<AccountBalance> balances(long userId) throws BusinessException;

    /** Money that arrived from the bank for the user (payment-provider, on a confirmed deposit). */
    void deposit(LedgerMovement movement) throws BusinessException;

    /** Money leaving the user's available balance towards the bank (payment-provider, on a withdrawal). */
    void withdraw(LedgerMovement movement) throws BusinessException;

    /** Gives a failed withdrawal back; the reference is the withdrawal's. */
    void refundWithdrawal(LedgerMovement movement) throws BusinessException;

    /** Moves available to frozen (a hold, e.g. for an open order; the reference is the order's). */
    void freeze(LedgerMovement movement) throws BusinessException;

    /** Releases (part of) a hold back to available. */
    void unfreeze(LedgerMovement movement) throws BusinessException;

    /**
     * Settles one fill from the two holds: the buyer's leg on the buyer's shard, then the seller's leg on the
     * seller's shard, each exactly once per trade id. A failure after the buyer's leg leaves the fill half settled
     * (visible as trade clearing in flight in the audit); the caller retries the same fill until it succeeds.
     */
    void settle(FillSettlement fill) throws BusinessException;

    /**
     * Many holds at once (the matching engine's batch): each is the same as {@link #freeze}, with its own reference
     * and its own outcome, but a batch costs one local transaction per user shard instead of one per hold.
     */
    List<MovementResult> freezeAll(List<LedgerMovement> holds) throws BusinessException;

    /** Many releases at once; each is the same as {@link #unfreeze}. */
    List<MovementResult> unfreezeAll(List<LedgerMovement> releases) throws BusinessException;

    /**
     * Many fills at once; each is the same as {@link #settle} (both legs, each exactly once), and like it, a fill
     * refused on its seller leg stays half settled with its buyer leg in, until it is repeated.
     */
    List<MovementResult> settleAll(List<FillSettlement> fills) throws BusinessException;

    /**
     * Declares holds that will never be used (their orders never reached the book): a hold that was taken is
     * released in full, and a hold not taken yet can never be taken afterwards (a later {@link #freeze} or
     * {@link #freezeAll} with its reference is refused with REFERENCE_CONFLICT). So a request that timed out and a
     * void that follows it cannot leave money frozen, whichever arrives first. Idempotent.
     */
    List<MovementResult> voidHolds(List<LedgerMovement> holds) throws BusinessException;

    /**
     * Moves money between two users, atomically even when they live on different shards (one Seata global
     * transaction). Idempotent on (from user, idempotency key): a repeat returns the original transfer.
     */
    TransferView transfer(TransferCommand command) throws BusinessException;

    /** A transfer the user sent; TRANSFER_NOT_FOUND for any other (including one sent by someone else). */
    TransferView getTransfer(long fromUserId, String transferId) throws BusinessException;

    /**
     * A page of the transfers the user sent, newest first by (creation time, transfer id), each exactly once across
     * pages; a limit outside 1-{@link TransferQuery#LIMIT_MAX}, a window backwards or a cursor that is not one is
     * VALIDATION_FAILED. Transfers received are the TRANSFER_IN postings of {@link #ledger}.
     */
    TransferPage listTransfers(TransferQuery query) throws BusinessException;

    /**
     * A page of the user's journal postings, newest first by (posting time, entry id), each exactly once across
     * pages; input is checked as in {@link #listTransfers}, and an unknown asset is UNKNOWN_ASSET. Read from the
     * replica: it may lag the primary by the replication delay.
     */
    LedgerPage ledger(LedgerQuery query) throws BusinessException;

    /**
     * Every posting of the user in the query's range, oldest first, each with the balance of its asset and bucket
     * after it; STATEMENT_TOO_LARGE when the range holds more than {@link StatementQuery#LINES_MAX}, VALIDATION_FAILED
     * for a range not closed or longer than {@link StatementQuery#SPAN_DAYS_MAX} days. Read from the replica.
     */
    List<StatementLine> statement(StatementQuery query) throws BusinessException;

    /**
     * The last line behind a freeze of the user (user-provider calls it before it marks the user FROZEN): from now
     * on nothing is taken from the user's available balances (holds for orders, withdrawals, transfers out answer
     * USER_FROZEN), while credits, settlements of holds taken earlier and releases still apply. Idempotent.
     */
    void suspendUser(long userId) throws BusinessException;

    /** Lifts {@link #suspendUser} (user-provider calls it before it marks the user ACTIVE again). Idempotent. */
    void reinstateUser(long userId) throws BusinessException;

    /** Checks every ledger invariant now and reports figures and violations. */
    AuditView audit() throws BusinessException;
}
