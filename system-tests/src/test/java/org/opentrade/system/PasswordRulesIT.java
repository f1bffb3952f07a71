package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The password rules over real HTTP: what the security review got registered is now refused with a code. */
class PasswordRulesIT {

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "        ", "password123", "qwertyuiop", "aaaaaaaaaa", "abcdefgh9"})
    void weakPasswordsAreRefusedAtRegistration(String password) {
        Api.Reply reply = register(Api.freshUsername("weak"), password);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("PASSWORD_TOO_WEAK");
        String message = reply.body().get("message").asText();
        assertThat(message).isNotBlank();
        if (!password.isBlank()) {
            assertThat(message).as("the answer never repeats the password").doesNotContain(password);
        }
        assertThat(reply.body().get("requestId").asText()).isNotBlank();
    }

    @Test
    void theUsernameItselfOrBackwardsIsRefused() {
        String username = Api.freshUsername("self");
        assertThat(register(username, username).code()).isEqualTo("PASSWORD_TOO_WEAK");
        assertThat(register(username, "x-" + new StringBuilder(username).reverse()).code())
                .isEqualTo("PASSWORD_TOO_WEAK");
        assertThat(register(username, Api.PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void aPasswordChangeIsHeldToTheSameRules() {
        Api.Session alice = Api.registerAndLogIn("rules-change");
        Api.Reply weak = Api.post("/api/v1/me/password", alice.token(),
                "{\"currentPassword\":\"" + Api.PASSWORD + "\",\"newPassword\":\"iloveyou\"}");
        assertThat(weak.status()).as(weak.raw()).isEqualTo(400);
        assertThat(weak.code()).isEqualTo("PASSWORD_TOO_WEAK");
        Api.Reply fine = Api.post("/api/v1/me/password", alice.token(),
                "{\"currentPassword\":\"" + Api.PASSWORD + "\",\"newPassword\":\"quiet-harbour-lamp-3\"}");
        assertThat(fine.status()).as(fine.raw()).isEqualTo(204);
    }

    private static Api.Reply register(String username, String password) {
        return Api.post("/api/v1/users", null, "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }
}
