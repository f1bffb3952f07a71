package org.opentrade.fund.domain;

import org.opentrade.api.money.Asset;

/** One user's balance of one asset, in 10^-8 units. Neither bucket is ever negative. */
public record Account(long userId, Asset asset, long available, long frozen) {

    public Account {
        if (available < 0 || frozen < 0) {
            throw new IllegalStateException("negative balance in account " + userId + "/" + asset);
        }
    }

    public static Account empty(long userId, Asset asset) {
        return new Account(userId, asset, 0, 0);
    }
}
