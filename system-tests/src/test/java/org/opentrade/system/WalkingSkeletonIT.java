package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HTTP -> facade -> Dubbo (found through Nacos) -> providers -> ShardingSphere -> MariaDB, and back. */
class WalkingSkeletonIT {

    @Test
    void registerLogInAndReadMeAccountsAndInstruments() {
        String username = Api.freshUsername("walker");
        Api.Reply registered = Api.post("/api/v1/users", null,
                "{\"username\":\"" + username + "\",\"password\":\"correct-horse\"}");
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String userId = registered.body().get("userId").asText();
        assertThat(userId).matches("\\d+");
        assertThat(registered.body().get("username").asText()).isEqualTo(username);

        Api.Reply session = Api.post("/api/v1/sessions", null,
                "{\"username\":\"" + username + "\",\"password\":\"correct-horse\"}");
        assertThat(session.status()).as(session.raw()).isEqualTo(200);
        String token = session.body().get("token").asText();
        assertThat(Instant.parse(session.body().get("expiresAt").asText())).isAfter(Instant.now());

        Api.Reply me = Api.get("/api/v1/me", token);
        assertThat(me.status()).as(me.raw()).isEqualTo(200);
        assertThat(me.body().get("userId").asText()).isEqualTo(userId);
        assertThat(me.body().get("username").asText()).isEqualTo(username);
        assertThat(me.body().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(me.body().get("roles").toString()).isEqualTo("[\"USER\"]");

        Api.Reply accounts = Api.get("/api/v1/accounts", token);
        assertThat(accounts.status()).as(accounts.raw()).isEqualTo(200);
        assertThat(accounts.body().findValuesAsText("asset")).containsExactly("USD", "BTC", "ETH");
        for (JsonNode account : accounts.body()) {
            assertThat(account.get("available").asText()).isEqualTo("0");
            assertThat(account.get("frozen").asText()).isEqualTo("0");
        }

        Api.Reply instruments = Api.get("/api/v1/instruments", null);
        assertThat(instruments.status()).as(instruments.raw()).isEqualTo(200);
        assertThat(instruments.body().findValuesAsText("symbol")).contains("BTC-USD", "ETH-USD");
        JsonNode btc = instruments.body().get(0);
        assertThat(btc.get("priceTick").asText()).isEqualTo("0.01");
        assertThat(btc.get("quantityStep").asText()).isEqualTo("0.000001");
        assertThat(btc.get("takerFeeRate").asText()).isEqualTo("0.002");
    }

    @Test
    void aTakenUsernameIs409() {
        Api.Session first = Api.registerAndLogIn("taken");
        Api.Reply again = Api.post("/api/v1/users", null,
                "{\"username\":\"" + first.username() + "\",\"password\":\"another-password\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("USERNAME_TAKEN");
        assertThat(again.body().get("requestId").asText()).isNotBlank();
    }

    @Test
    void wrongPasswordAndUnknownUserAreTheSame401() {
        Api.Session user = Api.registerAndLogIn("badpass");
        Api.Reply wrong = Api.post("/api/v1/sessions", null,
                "{\"username\":\"" + user.username() + "\",\"password\":\"not-the-password\"}");
        Api.Reply unknown = Api.post("/api/v1/sessions", null,
                "{\"username\":\"" + Api.freshUsername("ghost") + "\",\"password\":\"whatever-1\"}");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo("BAD_CREDENTIALS");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.code()).isEqualTo("BAD_CREDENTIALS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/me", "/api/v1/accounts"})
    void aMissingOrForgedTokenIs401(String path) {
        Api.Reply missing = Api.get(path, null);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.code()).isEqualTo("UNAUTHENTICATED");

        Api.Session user = Api.registerAndLogIn("forger");
        String[] parts = user.token().split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        Api.Reply bad = Api.get(path, forged);
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.code()).isEqualTo("UNAUTHENTICATED");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"username\":\"ab\",\"password\":\"long-enough\"}",
            "{\"username\":\"has space\",\"password\":\"long-enough\"}",
            "{\"username\":\"valid-name\",\"password\":\"short\"}",
            "{\"username\":\"valid-name\"}",
            "{}",
            "{\"username\":123,\"password\":\"long-enough\"}",
            "{\"username\":\"valid-name\",\"password\":\"long-enough\",\"admin\":true}"})
    void invalidRegistrationInputIs400WithACode(String body) {
        Api.Reply reply = Api.post("/api/v1/users", null, body);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(400);
        assertThat(reply.code()).isIn("VALIDATION_FAILED", "MALFORMED_REQUEST");
        assertThat(reply.body().get("message").asText()).isNotBlank();
    }

    @Test
    void malformedJsonIs400AndAnUnknownRouteIs404InTheErrorShape() {
        Api.Reply malformed = Api.post("/api/v1/users", null, "{\"username\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("MALFORMED_REQUEST");

        Api.Reply nowhere = Api.get("/api/v1/no-such-thing", null);
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void theOperatorAccountExistsWithTheAdminRole() {
        Api.Reply session = Api.post("/api/v1/sessions", null,
                "{\"username\":\"operator\",\"password\":\"operator-local-1\"}");
        assertThat(session.status()).as(session.raw()).isEqualTo(200);
        Api.Reply me = Api.get("/api/v1/me", session.body().get("token").asText());
        assertThat(me.body().get("roles").toString()).isEqualTo("[\"ADMIN\",\"USER\"]");
    }
}
