package org.opentrade.banksandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankRequestsTest extends SandboxHttpTest {

    @Test
    void a_payment_is_accepted_and_a_retry_gets_the_same_bank_reference() {
        String reference = reference("dep");
        behave("{\"callbackDelayMs\":5000}"); // keep it unsettled while we retry

        SandboxClient.Answer first = pay(reference, "12.5");
        SandboxClient.Answer retry = pay(reference, "12.50");

        assertThat(first.status()).isEqualTo(202);
        assertThat(first.json().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(first.json().get("bankReference").asText()).startsWith("BNK");
        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.json().get("bankReference")).isEqualTo(first.json().get("bankReference"));
    }

    @Test
    void a_retry_sends_no_second_callback() throws InterruptedException {
        String reference = reference("dep");
        pay(reference, "3");
        receiver.next(Duration.ofSeconds(5));

        SandboxClient.Answer retry = pay(reference, "3");

        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.json().get("status").asText()).isEqualTo("SUCCEEDED");
        receiver.expectNothingFor(Duration.ofMillis(500));
    }

    @Test
    void the_same_reference_for_another_amount_or_kind_is_a_conflict() {
        String reference = reference("dep");
        pay(reference, "10");

        SandboxClient.Answer otherAmount = pay(reference, "11");
        SandboxClient.Answer otherKind = payOut(reference, "10");

        assertThat(otherAmount.status()).isEqualTo(409);
        assertThat(otherAmount.json().get("code").asText()).isEqualTo("REFERENCE_CONFLICT");
        assertThat(otherKind.status()).isEqualTo(409);
    }

    @Test
    void a_payout_is_accepted_and_its_status_can_be_asked_for() throws InterruptedException {
        String reference = reference("wd");

        SandboxClient.Answer accepted = payOut(reference, "250.75");
        receiver.next(Duration.ofSeconds(5));
        SandboxClient.Answer status = sandbox.get("/bank/v1/payouts/" + reference);

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("bankReference")).isEqualTo(accepted.json().get("bankReference"));
        assertThat(status.json().get("kind").asText()).isEqualTo("PAYOUT");
        assertThat(status.json().get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(status.json().get("amount").asText()).isEqualTo("250.75");
        assertThat(sandbox.get("/bank/v1/payments/" + reference).status()).isEqualTo(404);
        assertThat(sandbox.get("/bank/v1/payouts/" + reference("unknown")).json().get("code").asText())
                .isEqualTo("UNKNOWN_REFERENCE");
    }

    @Test
    void during_an_outage_payments_and_payouts_are_answered_503_and_nothing_is_recorded() throws Exception {
        String reference = reference("dep");
        behave("{\"callbackDelayMs\":0,\"outage\":true}");

        SandboxClient.Answer payment = pay(reference, "5");
        SandboxClient.Answer payout = payOut(reference("wd"), "5");

        assertThat(payment.status()).isEqualTo(503);
        assertThat(payment.json().get("code").asText()).isEqualTo("BANK_UNAVAILABLE");
        assertThat(payout.status()).isEqualTo(503);
        receiver.expectNothingFor(Duration.ofMillis(300));

        behave(IMMEDIATE);
        SandboxClient.Answer afterwards = pay(reference, "5");
        assertThat(afterwards.status()).isEqualTo(202);
        assertThat(SandboxClient.parse(receiver.next(Duration.ofSeconds(5)).body()).get("merchantReference").asText())
                .isEqualTo(reference);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "INVALID_AMOUNT             | {\"merchantReference\":\"r\",\"accountHolder\":\"a\",\"asset\":\"USD\",\"amount\":\"0\",\"callbackUrl\":\"http://127.0.0.1:1/c\"}",
            "INVALID_AMOUNT             | {\"merchantReference\":\"r\",\"accountHolder\":\"a\",\"asset\":\"USD\",\"amount\":\"-5\",\"callbackUrl\":\"http://127.0.0.1:1/c\"}",
            "INVALID_AMOUNT             | {\"merchantReference\":\"r\",\"accountHolder\":\"a\",\"asset\":\"USD\",\"amount\":\"1.123456789\",\"callbackUrl\":\"http://127.0.0.1:1/c\"}",
            "INVALID_AMOUNT             | {\"merchantReference\":\"r\",\"accountHolder\":\"a\",\"asset\":\"USD\",\"amount\":\"1e3\",\"callbackUrl\":\"http://127.0.0.1:1/c\"}",
            "INVALID_AMOUNT             | {\"merchantReference\":\"r\",\"accountHolder\":\"a\",\"asset\":\"USD\",\"callbackUrl\":\"http://127.0.0.1:1/c\"}",
            "MALFORMED_JSON             | {\"merchantReference\":\"r\",\"accountHolder\":\"a\",\"asset\":\"USD\",\"amount\":12.5,\"callbackUrl\":\"http://127.0.0.1:1/c\"}",
            "MALFORMED_JSON             | {\"merchantReference\":\"r\",\"accountHolder\":\"a\",\"asset\":\"USD\",\"amount\":\"1\",\"callbackUrl\":\"http://127.0.0.1:1/c\",\"extra\":1}",
            "MALFORMED_JSON             | {\"merchantReference\":",
            "MALFORMED_JSON             | ''",
            "INVALID_MERCHANT_REFERENCE | {\"accountHolder\":\"a\",\"asset\":\"USD\",\"amount\":\"1\",\"callbackUrl\":\"http://127.0.0.1:1/c\"}",
            "INVALID_ACCOUNT_HOLDER     | {\"merchantReference\":\"r\",\"accountHolder\":\" \",\"asset\":\"USD\",\"amount\":\"1\",\"callbackUrl\":\"http://127.0.0.1:1/c\"}",
            "INVALID_ASSET              | {\"merchantReference\":\"r\",\"accountHolder\":\"a\",\"asset\":\"US D\",\"amount\":\"1\",\"callbackUrl\":\"http://127.0.0.1:1/c\"}",
            "INVALID_CALLBACK_URL       | {\"merchantReference\":\"r\",\"accountHolder\":\"a\",\"asset\":\"USD\",\"amount\":\"1\",\"callbackUrl\":\"file:///etc/passwd\"}",
            "CALLBACK_HOST_NOT_ALLOWED  | {\"merchantReference\":\"r\",\"accountHolder\":\"a\",\"asset\":\"USD\",\"amount\":\"1\",\"callbackUrl\":\"http://example.com/c\"}",
    })
    void bad_input_is_400_with_a_code_and_a_message(String code, String body) {
        for (String path : new String[]{"/bank/v1/payments", "/bank/v1/payouts"}) {
            SandboxClient.Answer answer = sandbox.post(path, body);

            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.json().get("code").asText()).isEqualTo(code);
            assertThat(answer.json().get("message").asText()).isNotBlank();
        }
    }

    @Test
    void bad_behaviour_is_400_and_leaves_the_behaviour_as_it_was() {
        SandboxClient.Answer tooMany = sandbox.put("/sandbox/v1/behaviour", "{\"callbackCopies\":11}");
        SandboxClient.Answer unknownOutcome = sandbox.put("/sandbox/v1/behaviour", "{\"outcome\":\"MAYBE\"}");

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("code").asText()).isEqualTo("INVALID_BEHAVIOUR");
        assertThat(unknownOutcome.status()).isEqualTo(400);
        assertThat(sandbox.get("/sandbox/v1/behaviour").json().get("callbackCopies").asInt()).isEqualTo(1);
    }

    @Test
    void behaviour_fields_left_out_take_their_defaults() {
        SandboxClient.Answer set = sandbox.put("/sandbox/v1/behaviour", "{\"outage\":true}");
        behave(IMMEDIATE);

        assertThat(set.json().get("outage").asBoolean()).isTrue();
        assertThat(set.json().get("outcome").asText()).isEqualTo("SUCCEED");
        assertThat(set.json().get("callbackDelayMs").asLong()).isEqualTo(1_000);
        assertThat(set.json().get("callbackCopies").asInt()).isEqualTo(1);
    }

    @Test
    void unknown_paths_are_404_in_the_same_error_shape() {
        SandboxClient.Answer answer = sandbox.get("/bank/v1/nothing-here");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("code").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void health_and_readiness_are_up() {
        assertThat(sandbox.get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
        assertThat(sandbox.get("/actuator/health/readiness").json().get("status").asText()).isEqualTo("UP");
    }
}
