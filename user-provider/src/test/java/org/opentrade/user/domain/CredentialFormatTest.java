package org.opentrade.user.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "alice", "Bob_99", "x.y-z", "a23456789012345678901234567890bc"})
    void acceptsUsernamesOfAllowedCharactersAndLength(String name) {
        assertThat(new Username(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "_alice", "-bob", "al ice", "ali\u00e7e", "a234567890123456789012345678901bc",
            "alice;drop", "a\nb"})
    void rejectsOtherUsernames(String name) {
        assertThatThrownBy(() -> new Username(name)).isInstanceOf(InvalidCredentialFormat.class);
    }

    @Test
    void rejectsANullUsername() {
        assertThatThrownBy(() -> new Username(null)).isInstanceOf(InvalidCredentialFormat.class);
    }

    @Test
    void passwordsNeedEightCharactersAndAtMost72Bytes() {
        assertThat(Password.of("12345678").reveal()).isEqualTo("12345678");
        assertThat(Password.of("x".repeat(72)).reveal()).hasSize(72);
        assertThatThrownBy(() -> Password.of("1234567")).isInstanceOf(InvalidCredentialFormat.class);
        assertThatThrownBy(() -> Password.of(null)).isInstanceOf(InvalidCredentialFormat.class);
        assertThatThrownBy(() -> Password.of("x".repeat(73))).isInstanceOf(InvalidCredentialFormat.class);
        // 36 two-byte characters are 72 bytes: accepted; one more is 74 bytes
        assertThat(Password.of("\u00e9".repeat(36)).reveal()).hasSize(36);
        assertThatThrownBy(() -> Password.of("\u00e9".repeat(37))).isInstanceOf(InvalidCredentialFormat.class);
    }

    @Test
    void aPasswordNeverPrintsItself() {
        assertThat(Password.of("top-secret-1")).hasToString("Password[***]");
    }
}
