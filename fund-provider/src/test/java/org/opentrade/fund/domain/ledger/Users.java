package org.opentrade.fund.domain.ledger;

import org.opentrade.api.money.Decimal8;

/** Test users, one per shard plus a second one on shard 0. */
final class Users {
    static final long ALICE = 1000; // shard 0
    static final long BOB = 1001;   // shard 1
    static final long CAROL = 1002; // shard 2
    static final long DAVE = 1003;  // shard 3
    static final long ERIN = 1004;  // shard 0, with ALICE

    private Users() {
    }

    /** Whole units to 10^-8 units. */
    static long units(long whole) {
        return Math.multiplyExact(whole, Decimal8.ONE);
    }
}
