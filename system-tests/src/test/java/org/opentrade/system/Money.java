package org.opentrade.system;

import java.math.BigDecimal;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading balances and moving money through the public API. */
final class Money {
    static final long ONE = 100_000_000L;

    private Money() {
    }

    /** The caller's balance of one asset, in 10^-8 units: {available, frozen}. */
    static long[] balance(String token, String asset) {
        Api.Reply accounts = Api.get("/api/v1/accounts", token);
        if (accounts.status() != 200) {
            throw new IllegalStateException("accounts: " + accounts);
        }
        for (JsonNode account : accounts.body()) {
            if (account.get("asset").asText().equals(asset)) {
                return new long[]{units(account.get("available").asText()), units(account.get("frozen").asText())};
            }
        }
        throw new IllegalStateException("no " + asset + " in " + accounts.raw());
    }

    static long available(String token, String asset) {
        return balance(token, asset)[0];
    }

    static long units(String decimal) {
        return new BigDecimal(decimal).movePointRight(8).longValueExact();
    }

    static Api.Reply transfer(String token, String idempotencyKey, String toUsername, String asset, String amount) {
        return Api.postWithHeader("/api/v1/transfers", token, "Idempotency-Key", idempotencyKey,
                "{\"toUsername\":\"" + toUsername + "\",\"asset\":\"" + asset + "\",\"amount\":\"" + amount + "\"}");
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    static Api.Session fundedUser(String prefix, String asset, long units) {
        Api.Session user = Api.registerAndLogIn(prefix);
        Funds.deposit(user.userId(), asset, units, "test-deposit-" + UUID.randomUUID());
        return user;
    }
}
