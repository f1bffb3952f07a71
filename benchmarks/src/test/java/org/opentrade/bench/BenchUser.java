package org.opentrade.bench;

/**
 * A user the benchmark registered for this run, logged in once (login is throttled per username).
 *
 * @param shard where the ledger keeps the user's accounts: database {@code userId % 2}, table {@code (userId / 2) % 2}
 *              (fund-provider's sharding), as 0..3
 */
record BenchUser(long userId, String username, String token) {

    int shard() {
        return (int) (userId % 2) * 2 + (int) ((userId / 2) % 2);
    }

    int database() {
        return (int) (userId % 2);
    }
}
