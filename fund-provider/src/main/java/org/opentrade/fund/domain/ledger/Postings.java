package org.opentrade.fund.domain.ledger;

import static org.opentrade.fund.domain.ledger.Bucket.AVAILABLE;
import static org.opentrade.fund.domain.ledger.Bucket.FROZEN;
import static org.opentrade.fund.domain.ledger.SystemAccount.BANK_CLEARING;
import static org.opentrade.fund.domain.ledger.SystemAccount.FEES;
import static org.opentrade.fund.domain.ledger.SystemAccount.TRADE_CLEARING;
import static org.opentrade.fund.domain.ledger.SystemAccount.TRANSFER_CLEARING;

import java.util.ArrayList;
import java.util.List;

import org.opentrade.api.money.Asset;

/**
 * The journal transaction of every money movement, built from business terms. This is the only place that
 * decides which accounts an operation touches; the in-memory {@link Ledger} and the database adapter both
 * apply what these return.
 *
 * <p>Each takes a business reference (payment id, order id, trade id, transfer id) and derives the journal
 * reference with {@link TransactionType#referenceFor(String)}. Amounts are 1 .. {@link LedgerLimits#AMOUNT_MAX}
 * units; anything else, and any id that is not a user's, is a programming or validation error and throws
 * {@link IllegalArgumentException}. Whether the money is there is the ledger's answer, not the factory's.
 */
public final class Postings {

    private Postings() {
    }

    public static JournalTransaction deposit(long userId, Asset asset, long amount, String paymentReference) {
        return creditUser(TransactionType.DEPOSIT, paymentReference, userId, asset, amount, BANK_CLEARING);
    }

    public static JournalTransaction withdraw(long userId, Asset asset, long amount, String paymentReference) {
        return debitUser(TransactionType.WITHDRAWAL, paymentReference, userId, asset, amount, BANK_CLEARING);
    }

    /** Gives back a withdrawal the bank refused; same business reference as the withdrawal. */
    public static JournalTransaction withdrawalRefund(long userId, Asset asset, long amount, String paymentReference) {
        return creditUser(TransactionType.WITHDRAWAL_REFUND, paymentReference, userId, asset, amount,
                BANK_CLEARING);
    }

    public static JournalTransaction freeze(long userId, Asset asset, long amount, String holdReference) {
        return betweenBuckets(TransactionType.FREEZE, holdReference, userId, asset, AVAILABLE, FROZEN, amount);
    }

    public static JournalTransaction unfreeze(long userId, Asset asset, long amount, String holdReference) {
        return betweenBuckets(TransactionType.UNFREEZE, holdReference, userId, asset, FROZEN, AVAILABLE, amount);
    }

    /** A hold that will never be used: the hold it stands for and the release that undoes it (see HoldVoid). */
    public static HoldVoid voidHold(long userId, Asset asset, long amount, String holdReference) {
        return new HoldVoid(freeze(userId, asset, amount, holdReference), unfreeze(userId, asset, amount, holdReference));
    }

    /** The sender's leg: the amount leaves the sender into its shard's TRANSFER_CLEARING. */
    public static JournalTransaction transferOut(long fromUserId, Asset asset, long amount, String transferReference) {
        return debitUser(TransactionType.TRANSFER_OUT, transferReference, fromUserId, asset, amount,
                TRANSFER_CLEARING);
    }

    /** The recipient's leg: the amount reaches the recipient out of its shard's TRANSFER_CLEARING. */
    public static JournalTransaction transferIn(long toUserId, Asset asset, long amount, String transferReference) {
        return creditUser(TransactionType.TRANSFER_IN, transferReference, toUserId, asset, amount,
                TRANSFER_CLEARING);
    }

    /**
     * Undoes an out leg whose in leg will never be posted. Must carry the out leg's exact user, asset and
     * amount, and be posted only if the out leg was; the distributed transaction guarantees that, and that
     * the in leg and the reversal exclude each other.
     */
    public static JournalTransaction transferOutReversal(long fromUserId, Asset asset, long amount,
                                                         String transferReference) {
        return creditUser(TransactionType.TRANSFER_OUT_REVERSAL, transferReference, fromUserId, asset, amount,
                TRANSFER_CLEARING);
    }

    /**
     * The two legs of one fill (see {@link TradeFill}). Buyer: FROZEN quote -(notional + fee), FEES +fee,
     * AVAILABLE base +quantity. Seller: FROZEN base -quantity, AVAILABLE quote +(notional - fee), FEES +fee.
     * Each leg's remainder goes through its shard's TRADE_CLEARING. Zero amounts (no fee, dust notional) are
     * left out, since a posting is never zero.
     */
    public static SettlementLegs settleFill(TradeFill fill) {
        return new SettlementLegs(buyerLeg(fill), sellerLeg(fill));
    }

    private static JournalTransaction buyerLeg(TradeFill fill) {
        long buyer = fill.buyerId();
        long clearing = TRADE_CLEARING.idFor(buyer);
        List<Posting> postings = new ArrayList<>();
        addUnlessZero(postings, buyer, fill.quote(), FROZEN, -fill.buyerPays());
        addUnlessZero(postings, clearing, fill.quote(), AVAILABLE, fill.notional());
        addUnlessZero(postings, FEES.idFor(buyer), fill.quote(), AVAILABLE, fill.buyerFee());
        addUnlessZero(postings, clearing, fill.base(), AVAILABLE, -fill.quantity());
        addUnlessZero(postings, buyer, fill.base(), AVAILABLE, fill.quantity());
        return new JournalTransaction(TransactionType.TRADE_BUY.referenceFor(fill.tradeReference()),
                TransactionType.TRADE_BUY, postings);
    }

    private static JournalTransaction sellerLeg(TradeFill fill) {
        long seller = fill.sellerId();
        long clearing = TRADE_CLEARING.idFor(seller);
        List<Posting> postings = new ArrayList<>();
        addUnlessZero(postings, seller, fill.base(), FROZEN, -fill.quantity());
        addUnlessZero(postings, clearing, fill.base(), AVAILABLE, fill.quantity());
        addUnlessZero(postings, clearing, fill.quote(), AVAILABLE, -fill.notional());
        addUnlessZero(postings, seller, fill.quote(), AVAILABLE, fill.sellerReceives());
        addUnlessZero(postings, FEES.idFor(seller), fill.quote(), AVAILABLE, fill.sellerFee());
        return new JournalTransaction(TransactionType.TRADE_SELL.referenceFor(fill.tradeReference()),
                TransactionType.TRADE_SELL, postings);
    }

    private static JournalTransaction creditUser(TransactionType type, String businessReference, long userId,
                                                 Asset asset, long amount, SystemAccount system) {
        Amounts.requirePositive(amount, "amount");
        return userAgainstSystem(type, businessReference, userId, asset, amount, system);
    }

    private static JournalTransaction debitUser(TransactionType type, String businessReference, long userId,
                                                Asset asset, long amount, SystemAccount system) {
        Amounts.requirePositive(amount, "amount");
        return userAgainstSystem(type, businessReference, userId, asset, -amount, system);
    }

    /** {@code userDelta} on the user's AVAILABLE, the opposite on the system account of the user's shard. */
    private static JournalTransaction userAgainstSystem(TransactionType type, String businessReference, long userId,
                                                        Asset asset, long userDelta, SystemAccount system) {
        AccountIds.requireUser(userId);
        return new JournalTransaction(type.referenceFor(businessReference), type, List.of(
                new Posting(userId, asset, AVAILABLE, userDelta),
                new Posting(system.idFor(userId), asset, AVAILABLE, -userDelta)));
    }

    private static JournalTransaction betweenBuckets(TransactionType type, String businessReference, long userId,
                                                     Asset asset, Bucket from, Bucket to, long amount) {
        AccountIds.requireUser(userId);
        Amounts.requirePositive(amount, "amount");
        return new JournalTransaction(type.referenceFor(businessReference), type, List.of(
                new Posting(userId, asset, from, -amount),
                new Posting(userId, asset, to, amount)));
    }

    private static void addUnlessZero(List<Posting> postings, long accountId, Asset asset, Bucket bucket,
                                      long amount) {
        if (amount != 0) {
            postings.add(new Posting(accountId, asset, bucket, amount));
        }
    }
}
