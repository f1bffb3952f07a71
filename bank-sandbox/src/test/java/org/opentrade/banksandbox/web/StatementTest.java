package org.opentrade.banksandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatementTest extends SandboxHttpTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    @AfterEach
    void clearPlants() {
        assertThat(sandbox.delete("/sandbox/v1/statement/plants").status()).isEqualTo(204);
    }

    @Test
    void the_statement_lists_settled_transfers_of_the_period_with_their_outcome() throws InterruptedException {
        Instant from = Instant.now();
        String deposit = reference("dep");
        String payout = reference("wd");
        String pending = reference("dep-pending");
        behave("{\"callbackDelayMs\":0,\"callbackJitterMs\":0,\"outcomeByReference\":{\"" + payout + "\":\"FAIL\"}}");
        pay(deposit, "100.25");
        payOut(payout, "30");
        receiver.next(2, PATIENCE);
        behave("{\"callbackDelayMs\":60000}");
        pay(pending, "1");

        JsonNode statement = sandbox.get("/bank/v1/statement?from=" + from).json();

        assertThat(line(statement, deposit)).hasValueSatisfying(line -> {
            assertThat(line.get("kind").asText()).isEqualTo("PAYMENT");
            assertThat(line.get("amount").asText()).isEqualTo("100.25");
            assertThat(line.get("asset").asText()).isEqualTo("USD");
            assertThat(line.get("status").asText()).isEqualTo("SUCCEEDED");
            assertThat(line.get("bankReference").asText()).startsWith("BNK");
            assertThat(Instant.parse(line.get("settledAt").asText())).isAfterOrEqualTo(from);
        });
        assertThat(line(statement, payout)).hasValueSatisfying(line -> {
            assertThat(line.get("kind").asText()).isEqualTo("PAYOUT");
            assertThat(line.get("status").asText()).isEqualTo("FAILED");
        });
        assertThat(line(statement, pending)).as("not settled yet").isEmpty();
        assertThat(statement.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void the_period_is_from_inclusive_to_exclusive_in_iso_instants_or_epoch_milliseconds()
            throws InterruptedException {
        String reference = reference("dep");
        pay(reference, "5");
        receiver.next(PATIENCE);
        Instant settledAt = Instant.parse(line(sandbox.get("/bank/v1/statement").json(), reference).orElseThrow()
                .get("settledAt").asText());

        assertThat(line(sandbox.get("/bank/v1/statement?from=" + settledAt + "&to=" + settledAt.plusNanos(1))
                .json(), reference)).isPresent();
        assertThat(line(sandbox.get("/bank/v1/statement?to=" + settledAt).json(), reference)).isEmpty();
        assertThat(line(sandbox.get("/bank/v1/statement?from=" + (settledAt.toEpochMilli() + 1)).json(), reference))
                .isEmpty();
        assertThat(sandbox.get("/bank/v1/statement?from=yesterday").status()).isEqualTo(400);
        assertThat(sandbox.get("/bank/v1/statement?limit=0").json().get("code").asText()).isEqualTo("INVALID_LIMIT");
    }

    @Test
    void planted_mismatches_show_in_the_statement_until_cleared() throws InterruptedException {
        Instant from = Instant.now();
        String changed = reference("dep-changed");
        String missing = reference("dep-missing");
        String extra = reference("dep-extra");
        pay(changed, "10");
        pay(missing, "20");
        receiver.next(2, PATIENCE);

        SandboxClient.Answer amountPlant = sandbox.post("/sandbox/v1/statement/plant",
                "{\"type\":\"AMOUNT_CHANGED\",\"merchantReference\":\"" + changed + "\",\"amount\":\"10.01\"}");
        SandboxClient.Answer missingPlant = sandbox.post("/sandbox/v1/statement/plant",
                "{\"type\":\"LINE_MISSING\",\"merchantReference\":\"" + missing + "\"}");
        SandboxClient.Answer extraPlant = sandbox.post("/sandbox/v1/statement/plant",
                "{\"type\":\"EXTRA_LINE\",\"merchantReference\":\"" + extra + "\",\"kind\":\"PAYMENT\","
                        + "\"asset\":\"USD\",\"amount\":\"77\"}");
        JsonNode planted = sandbox.get("/bank/v1/statement?from=" + from).json();

        assertThat(List.of(amountPlant.status(), missingPlant.status(), extraPlant.status()))
                .containsOnly(201);
        assertThat(line(planted, changed).orElseThrow().get("amount").asText()).isEqualTo("10.01");
        assertThat(line(planted, missing)).isEmpty();
        assertThat(line(planted, extra).orElseThrow().get("amount").asText()).isEqualTo("77");
        assertThat(extraPlant.json().get("line").get("bankReference").asText()).isNotBlank();

        clearPlants();
        JsonNode truthful = sandbox.get("/bank/v1/statement?from=" + from).json();
        assertThat(line(truthful, changed).orElseThrow().get("amount").asText()).isEqualTo("10");
        assertThat(line(truthful, missing)).isPresent();
        assertThat(line(truthful, extra)).isEmpty();
    }

    @Test
    void a_mismatch_can_only_be_planted_on_a_settled_transfer_and_with_valid_fields() {
        behave("{\"callbackDelayMs\":60000}");
        String pending = reference("dep");
        pay(pending, "1");

        SandboxClient.Answer onPending = sandbox.post("/sandbox/v1/statement/plant",
                "{\"type\":\"AMOUNT_CHANGED\",\"merchantReference\":\"" + pending + "\",\"amount\":\"2\"}");
        SandboxClient.Answer noType = sandbox.post("/sandbox/v1/statement/plant", "{\"merchantReference\":\"x\"}");
        SandboxClient.Answer badAmount = sandbox.post("/sandbox/v1/statement/plant",
                "{\"type\":\"EXTRA_LINE\",\"asset\":\"USD\",\"amount\":\"-1\"}");

        assertThat(onPending.status()).isEqualTo(404);
        assertThat(noType.status()).isEqualTo(400);
        assertThat(badAmount.status()).isEqualTo(400);
        assertThat(badAmount.json().get("code").asText()).isEqualTo("INVALID_AMOUNT");
    }

    @Test
    void during_an_outage_the_statement_is_unavailable_too() {
        behave("{\"outage\":true}");

        assertThat(sandbox.get("/bank/v1/statement").status()).isEqualTo(503);
    }

    private static Optional<JsonNode> line(JsonNode statement, String merchantReference) {
        List<JsonNode> found = new ArrayList<>();
        statement.get("lines").forEach(line -> {
            if (line.get("merchantReference").asText().equals(merchantReference)) {
                found.add(line);
            }
        });
        assertThat(found).as("lines of " + merchantReference).hasSizeLessThanOrEqualTo(1);
        return found.stream().findFirst();
    }
}
