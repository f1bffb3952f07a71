package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

/**
 * Login failures are throttled per client address and per username at an address, never per username alone: one
 * client trying many usernames is stopped, and a victim at their own address still logs in whatever others tried.
 * Each test presents fresh addresses (X-Forwarded-For, which the facade believes from loopback), so runs do not
 * depend on one another. Limits: user-provider's application.yml (10 per address, 5 per username at an address).
 */
class LoginThrottlingIT {
    static final int FAILURES_PER_ADDRESS_MAX = 10;
    static final int FAILURES_PER_USERNAME_AT_ADDRESS_MAX = 5;

    @Test
    void oneAddressTryingManyUsernamesIsBlockedWhileTheVictimLogsInFromElsewhere() {
        Api.Session victim = Api.registerAndLogIn("throttle-victim");
        String attacker = freshAddress();
        for (int i = 0; i < FAILURES_PER_ADDRESS_MAX; i++) {
            Api.Reply guess = Api.logInFrom(attacker, Api.freshUsername("guess"), "wrong-guess-" + i);
            assertThat(guess.status()).as(guess.raw()).isEqualTo(401);
            assertThat(guess.code()).isEqualTo("BAD_CREDENTIALS");
        }
        // the 15-usernames probe of the security review is now stopped at the eleventh, even with the right password
        Api.Reply blocked = Api.logInFrom(attacker, victim.username(), Api.PASSWORD);
        assertThat(blocked.status()).as(blocked.raw()).isEqualTo(429);
        assertThat(blocked.code()).isEqualTo("TOO_MANY_LOGIN_ATTEMPTS");
        assertThat(blocked.body().get("requestId").asText()).isNotBlank();

        Api.Reply victimLogin = Api.logInFrom(freshAddress(), victim.username(), Api.PASSWORD);
        assertThat(victimLogin.status()).as(victimLogin.raw()).isEqualTo(200);
    }

    @Test
    void guessingOnePasswordIsBlockedForThatAddressButNeverLocksTheOwnerOut() {
        Api.Session victim = Api.registerAndLogIn("throttle-owner");
        String attacker = freshAddress();
        for (int i = 0; i < FAILURES_PER_USERNAME_AT_ADDRESS_MAX; i++) {
            assertThat(Api.logInFrom(attacker, victim.username(), "wrong-guess-" + i).status()).isEqualTo(401);
        }
        assertThat(Api.logInFrom(attacker, victim.username(), Api.PASSWORD).code())
                .isEqualTo("TOO_MANY_LOGIN_ATTEMPTS");
        // many more addresses fail on the same username: none of it counts against the owner's address
        for (int i = 0; i < 3 * FAILURES_PER_USERNAME_AT_ADDRESS_MAX; i++) {
            assertThat(Api.logInFrom(freshAddress(), victim.username(), "wrong-guess-" + i).status()).isEqualTo(401);
        }
        String home = freshAddress();
        assertThat(Api.logInFrom(home, victim.username(), Api.PASSWORD).status()).isEqualTo(200);
        // and the attacker's address may still log in as someone else (the pair is blocked, not the address)
        Api.Session other = Api.registerAndLogIn("throttle-other");
        assertThat(Api.logInFrom(attacker, other.username(), Api.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void theOwnersTyposAreForgottenWhenTheRightPasswordComes() {
        Api.Session owner = Api.registerAndLogIn("throttle-typos");
        String home = freshAddress();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < FAILURES_PER_USERNAME_AT_ADDRESS_MAX - 1; i++) {
                assertThat(Api.logInFrom(home, owner.username(), "typo-typo-" + i).status()).isEqualTo(401);
            }
            assertThat(Api.logInFrom(home, owner.username(), Api.PASSWORD).status()).isEqualTo(200);
        }
    }

    /** An address nobody else uses in this run: one of 65,000 in 198.19.0.0/16 (RFC 2544; Api uses 198.18/16). */
    static String freshAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.19." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
