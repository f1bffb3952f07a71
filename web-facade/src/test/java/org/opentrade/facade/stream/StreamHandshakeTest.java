package org.opentrade.facade.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamHandshakeTest {

    @Test
    void theHeaderWinsThenTheQueryParameter() {
        assertThat(StreamHandshake.token("Bearer abc.def", "xyz")).isEqualTo("abc.def");
        assertThat(StreamHandshake.token("bearer  abc ", null)).isEqualTo("abc");
        assertThat(StreamHandshake.token(null, "abc%2Edef")).isEqualTo("abc.def");
        assertThat(StreamHandshake.token("Basic dXNlcjpwYXNz", "xyz")).isEqualTo("xyz");
    }

    @Test
    void noUsableTokenIsAnonymous() {
        assertThat(StreamHandshake.token(null, null)).isNull();
        assertThat(StreamHandshake.token("Bearer ", null)).isNull();
        assertThat(StreamHandshake.token(null, "%zz")).isNull();
        assertThat(StreamHandshake.token(null, "a".repeat(StreamHandshake.TOKEN_LENGTH_MAX + 1))).isNull();
    }
}
