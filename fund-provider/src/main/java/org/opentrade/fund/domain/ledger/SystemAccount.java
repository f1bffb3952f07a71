package org.opentrade.fund.domain.ledger;

import java.util.Optional;

/**
 * The kinds of system account that every journal transaction balances against.
 *
 * <p>Each kind exists once per shard, so that a money movement of one user never leaves that user's shard:
 * the account of a kind paired with user {@code u} has id {@code base + u % 4}. Bases are multiples of
 * {@link AccountIds#SHARD_COUNT} below {@link AccountIds#USER_ID_MIN}, hence {@code (base + u % 4) % 4 ==
 * u % 4}: same database ({@code id % 2}), same table ({@code (id / 2) % 2}). For example BANK_CLEARING
 * is 100..103 and user 1005 pairs with 101.
 *
 * <p>Only the AVAILABLE bucket of a system account is used. The clearing kinds may go negative; FEES may not.
 */
public enum SystemAccount {
    /**
     * Mirror of the money that entered through the bank and has not left: credited on withdrawal, debited on
     * deposit, so it is negative by what users hold.
     */
    BANK_CLEARING(100, true, false),
    /** Fees charged on fills; it only receives. */
    FEES(200, false, false),
    /**
     * Between the buyer leg and the seller leg of one fill, which may sit on different shards. Across all
     * shards it nets to zero once both legs of every fill are posted.
     */
    TRADE_CLEARING(300, true, true),
    /**
     * Between the out leg and the in leg of a transfer between two users. Across all shards it nets to zero
     * once every transfer is either completed or reversed; a non-zero total is money in flight.
     */
    TRANSFER_CLEARING(400, true, true);

    private final long base;
    private final boolean mayGoNegative;
    private final boolean netsToZeroWhenQuiet;

    SystemAccount(long base, boolean mayGoNegative, boolean netsToZeroWhenQuiet) {
        this.base = base;
        this.mayGoNegative = mayGoNegative;
        this.netsToZeroWhenQuiet = netsToZeroWhenQuiet;
    }

    /** The account of this kind in the shard of {@code userId}. */
    public long idFor(long userId) {
        AccountIds.requireUser(userId);
        return base + AccountIds.shardOf(userId);
    }

    /** The account of this kind in {@code shard}, 0 .. {@link AccountIds#SHARD_COUNT} - 1. */
    public long idInShard(int shard) {
        if (shard < 0 || shard >= AccountIds.SHARD_COUNT) {
            throw new IllegalArgumentException("no shard " + shard);
        }
        return base + shard;
    }

    public boolean mayGoNegative() {
        return mayGoNegative;
    }

    /** True for kinds that only carry money in flight between two legs, so their total is zero when quiet. */
    public boolean netsToZeroWhenQuiet() {
        return netsToZeroWhenQuiet;
    }

    /** The kind owning {@code accountId}, or empty for user ids and unreserved ids. */
    public static Optional<SystemAccount> of(long accountId) {
        for (SystemAccount kind : values()) {
            if (accountId >= kind.base && accountId < kind.base + AccountIds.SHARD_COUNT) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
