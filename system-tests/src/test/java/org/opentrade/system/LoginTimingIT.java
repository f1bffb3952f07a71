package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

/**
 * A login for a username that does not exist takes as long as one with a wrong password for a username that does
 * (user-provider compares the password with a dummy hash), so timing does not tell which usernames exist. Measured
 * over many interleaved tries from fresh client addresses (the throttle counts per address), compared by median:
 * before the dummy hash, an unknown user answered in ~20 ms and a known one in ~130 ms.
 */
class LoginTimingIT {
    static final int TRIES = 30;
    /** Medians may differ by this much, or by this share of the slower one, whichever is larger. */
    static final long DIFFERENCE_MAX_MS = 25;
    static final double DIFFERENCE_SHARE_MAX = 0.3;

    @Test
    void anUnknownUsernameAndAWrongPasswordTakeTheSameTimeAndGetTheSameAnswer() {
        Api.Session known = Api.registerAndLogIn("timing");
        List<Long> knownMs = new ArrayList<>();
        List<Long> unknownMs = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            unknownMs.add(timedFailure(Api.freshUsername("nobody"), i));
            knownMs.add(timedFailure(known.username(), i));
        }
        long known50 = median(knownMs);
        long unknown50 = median(unknownMs);
        System.out.printf("[measure] login medians: existing user, wrong password %d ms; unknown user %d ms%n",
                known50, unknown50);
        long allowed = Math.max(DIFFERENCE_MAX_MS, Math.round(DIFFERENCE_SHARE_MAX * Math.max(known50, unknown50)));
        assertThat(Math.abs(known50 - unknown50)).as("difference of the medians, ms").isLessThanOrEqualTo(allowed);
    }

    /** One failed login from a fresh address: 401 BAD_CREDENTIALS whoever the username is, and how long it took. */
    private static long timedFailure(String username, int attempt) {
        String address = "198.19." + ThreadLocalRandom.current().nextInt(256) + "."
                + (1 + ThreadLocalRandom.current().nextInt(254));
        long started = System.nanoTime();
        Api.Reply reply = Api.logInFrom(address, username, "wrong-password-" + attempt + "-Xq7");
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertThat(reply.status()).as(reply.raw()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("BAD_CREDENTIALS");
        return ms;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
