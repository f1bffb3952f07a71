package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Operators' freezes and unfreezes are recorded with who and why, over real HTTP: the user's admin page lists them
 * newest first with the operator as "admin:<id>", a repeated freeze records nothing, and bad input is a 4xx.
 */
class AdminUserHistoryIT {

    @Test
    void aFreezeWithAReasonAndAnUnfreezeAreListedNewestFirstWithTheOperator() {
        Api.Session alice = Api.registerAndLogIn("history");
        String operator = Api.operatorToken();
        String operatorActor = "admin:" + Api.get("/api/v1/me", operator).body().get("userId").asText();
        String path = "/api/v1/admin/users/" + alice.userId();

        Api.Reply frozen = Api.post(path + "/freeze", operator, "{\"reason\":\"chargeback pattern\"}");
        try {
            assertThat(frozen.status()).as(frozen.raw()).isEqualTo(200);
            assertThat(frozen.body().get("status").asText()).isEqualTo("FROZEN");
            // the same status again: answered like the first, recorded once
            assertThat(Api.post(path + "/freeze", operator, "{\"reason\":\"again\"}").status()).isEqualTo(200);
        } finally {
            // no body: the reason is empty
            assertThat(Api.post(path + "/unfreeze", operator, "").status()).isEqualTo(200);
        }

        Api.Reply page = Api.get(path, operator);
        assertThat(page.status()).as(page.raw()).isEqualTo(200);
        assertThat(page.body().get("userId").asText()).isEqualTo(alice.userId());
        assertThat(page.body().get("username").asText()).isEqualTo(alice.username());
        assertThat(page.body().get("status").asText()).isEqualTo("ACTIVE");
        JsonNode changes = page.body().get("statusChanges");
        assertThat(changes).hasSize(2);
        assertChange(changes.get(0), "ACTIVE", operatorActor, "");
        assertChange(changes.get(1), "FROZEN", operatorActor, "chargeback pattern");
        assertThat(Instant.parse(changes.get(0).get("changedAt").asText()))
                .isAfterOrEqualTo(Instant.parse(changes.get(1).get("changedAt").asText()));

        JsonNode newest = Api.get(path + "?limit=1", operator).body().get("statusChanges");
        assertThat(newest).hasSize(1);
        assertThat(newest.get(0).get("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void onlyAnOperatorMaySeeOrChangeAndBadInputIsA4xxWithACode() {
        Api.Session alice = Api.registerAndLogIn("history-bad");
        String operator = Api.operatorToken();
        String path = "/api/v1/admin/users/" + alice.userId();

        assertThat(Api.get(path, alice.token()).status()).isEqualTo(403);
        assertThat(Api.post(path + "/freeze", alice.token(), "").status()).isEqualTo(403);
        assertThat(Api.get(path, null).status()).isEqualTo(401);

        assertCode(Api.get(path + "?limit=0", operator), 400, "VALIDATION_FAILED");
        assertCode(Api.get(path + "?limit=201", operator), 400, "VALIDATION_FAILED");
        assertCode(Api.get("/api/v1/admin/users/not-a-number", operator), 400, "VALIDATION_FAILED");
        assertCode(Api.get("/api/v1/admin/users/999999999999", operator), 404, "USER_NOT_FOUND");
        // 257 characters: past the facade's loose bound, refused by user-provider's exact one
        assertCode(Api.post(path + "/freeze", operator, "{\"reason\":\"" + "r".repeat(257) + "\"}"), 400,
                "VALIDATION_FAILED");
        assertCode(Api.post(path + "/freeze", operator, "{\"reason\":"), 400, "MALFORMED_REQUEST");
        assertCode(Api.post(path + "/freeze", operator, "{\"reason\":42}"), 400, "MALFORMED_REQUEST");

        Api.Reply page = Api.get(path, operator);
        assertThat(page.body().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(page.body().get("statusChanges")).isEmpty();
    }

    private static void assertChange(JsonNode change, String status, String actor, String reason) {
        assertThat(change.get("status").asText()).isEqualTo(status);
        assertThat(change.get("actor").asText()).isEqualTo(actor);
        assertThat(change.get("reason").asText()).isEqualTo(reason);
    }

    private static void assertCode(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(status);
        assertThat(reply.code()).isEqualTo(code);
    }
}
