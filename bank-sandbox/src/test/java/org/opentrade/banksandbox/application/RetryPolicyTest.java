package org.opentrade.banksandbox.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(6, 500, 4_000, 60_000);

    @Test
    void waits_double_each_time_up_to_the_cap() {
        assertThat(policy.nextDelayMs(1, 0)).hasValue(500);
        assertThat(policy.nextDelayMs(2, 0)).hasValue(1_000);
        assertThat(policy.nextDelayMs(3, 0)).hasValue(2_000);
        assertThat(policy.nextDelayMs(4, 0)).hasValue(4_000);
        assertThat(policy.nextDelayMs(5, 0)).hasValue(4_000);
    }

    @Test
    void stops_after_the_last_attempt() {
        assertThat(policy.nextDelayMs(6, 0)).isEmpty();
    }

    @Test
    void stops_when_the_next_attempt_would_start_outside_the_window() {
        assertThat(policy.nextDelayMs(2, 59_001)).isEmpty();
        assertThat(policy.nextDelayMs(2, 59_000)).hasValue(1_000);
    }

    @Test
    void many_doublings_never_overflow_into_a_negative_wait() {
        RetryPolicy generous = new RetryPolicy(Integer.MAX_VALUE, 1_000, 30_000, Long.MAX_VALUE / 2);
        assertThat(generous.nextDelayMs(200, 0)).hasValue(30_000);
    }
}
