package org.opentrade.user.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentrade.user.domain.Password;
import org.opentrade.user.domain.Username;

class PassayPasswordRulesTest {
    final PassayPasswordRules rules = new PassayPasswordRules();

    @ParameterizedTest
    @ValueSource(strings = {"correct-horse", "brand-new-password-1", "Tr0ub4dor&3x", "vault-lantern-42",
            "bench-lantern-vault-7", "quiet-harbour-lamp-3", "another-password",
            "wie geht es dir", "\u00e9t\u00e9-\u00e0-paris-9"})
    void acceptsPasswordsThatBreakNoRule(String password) {
        assertThat(rules.broken(new Username("alice"), Password.of(password))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "alice | 12345678         | in order",
            "alice | password         | most common",
            "alice | PASSWORD123      | most common",
            "alice | qwertyuiop       | most common",
            "alice | iloveyou         | most common",
            "alice | 'zzzz-top-secret'| repeat a character",
            "alice | '        '       | repeat a character",
            "alice | alice-rocks      | contain the username",
            "alice | my-ALICE-pass    | contain the username",
            "alice | xx-ecila-yy      | username backwards",
            "alice | big-abcdef-cat   | in order",
            "alice | big-asdfg-cat    | in order"})
    void refusesWeakPasswordsAndSaysWhy(String username, String password, String reason) {
        assertThat(rules.broken(new Username(username), Password.of(password)))
                .anySatisfy(sentence -> assertThat(sentence).contains(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"iloveyou", "letmein123", "zaq12wsx"})
    void neverRepeatsThePasswordInItsAnswer(String password) {
        assertThat(rules.broken(new Username("alice"), Password.of(password)))
                .allSatisfy(sentence -> assertThat(sentence).doesNotContainIgnoringCase(password));
    }
}
