package org.opentrade.fund.domain.ledger;

/**
 * The ledger's account id space. User accounts use the user id; ids below {@link #USER_ID_MIN} are reserved
 * for {@link SystemAccount}s (docs/adr/0001-ids-and-sharding.md).
 *
 * <p>Accounts and journal are sharded by id: database {@code id % 2}, table {@code (id / 2) % 2}. Both depend
 * only on the two lowest bits, so {@code id % 4} names the shard, and two ids with the same remainder modulo
 * {@link #SHARD_COUNT} share one database and one table: a transaction touching only them is local.
 */
public final class AccountIds {

    /** User ids start here (AUTO_INCREMENT start in ot_user.users). */
    public static final long USER_ID_MIN = 1000;

    /** Two databases x two tables. */
    public static final int SHARD_COUNT = 4;

    private AccountIds() {
    }

    public static boolean isUser(long accountId) {
        return accountId >= USER_ID_MIN;
    }

    /** The shard holding the account, 0 .. {@link #SHARD_COUNT} - 1. */
    public static int shardOf(long accountId) {
        if (accountId < 0) {
            throw new IllegalArgumentException("negative account id " + accountId);
        }
        return (int) (accountId % SHARD_COUNT);
    }

    /** Rejects anything that is neither a user id nor one of the system accounts' reserved ids. */
    static void requireKnown(long accountId) {
        if (!isUser(accountId) && SystemAccount.of(accountId).isEmpty()) {
            throw new IllegalArgumentException("unknown account id " + accountId);
        }
    }

    static void requireUser(long userId) {
        if (!isUser(userId)) {
            throw new IllegalArgumentException("not a user id: " + userId);
        }
    }
}
