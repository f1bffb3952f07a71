package org.opentrade.facade.auth.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A timestamp within the window either way is taken; its signature is remembered as long as it could come again. */
class ReceiveWindowTest {
    final ReceiveWindow window = new ReceiveWindow(5_000);
    final long now = 1_767_323_045_678L;

    @Test
    void admitsTimestampsUpToTheWindowEitherWayAndNothingBeyond() {
        assertThat(window.admits(now, now)).isTrue();
        assertThat(window.admits(now - 5_000, now)).as("5 s late").isTrue();
        assertThat(window.admits(now + 5_000, now)).as("5 s early").isTrue();
        assertThat(window.admits(now - 5_001, now)).as("expired").isFalse();
        assertThat(window.admits(now + 5_001, now)).as("from the future").isFalse();
        assertThat(window.admits(0, now)).isFalse();
        assertThat(window.admits(999_999_999_999_999L, now)).isFalse();
    }

    @Test
    void aSignatureIsRememberedWhileItsTimestampCanStillBeAdmitted() {
        // admitted now with a timestamp a window ahead, it stays admissible for two windows
        long memory = window.signatureMemoryMs();
        assertThat(memory).isGreaterThanOrEqualTo(2 * window.windowMs());
        assertThat(window.admits(now + 5_000, now + 2 * 5_000)).isTrue();
        assertThat(window.admits(now + 5_000, now + memory)).isFalse();
    }

    @Test
    void theWindowIsBounded() {
        assertThatThrownBy(() -> new ReceiveWindow(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReceiveWindow(60_001)).isInstanceOf(IllegalArgumentException.class);
    }
}
