package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** GET /api/v1/time answers without a token: the venue's clock in epoch milliseconds and the same instant in ISO. */
class ServerTimeIT {
    /** The facade runs on this machine: its clock and ours agree far better than this. */
    static final long SKEW_MS_MAX = 5_000;

    @Test
    void answersItsClockWithoutAToken() {
        long before = System.currentTimeMillis();
        Api.Reply time = Api.get("/api/v1/time", null);
        long after = System.currentTimeMillis();

        assertThat(time.status()).as(time.raw()).isEqualTo(200);
        long epochMs = time.body().get("epochMs").asLong();
        assertThat(epochMs).isBetween(before - SKEW_MS_MAX, after + SKEW_MS_MAX);
        assertThat(Instant.parse(time.body().get("iso").asText()).toEpochMilli()).isEqualTo(epochMs);
    }
}
