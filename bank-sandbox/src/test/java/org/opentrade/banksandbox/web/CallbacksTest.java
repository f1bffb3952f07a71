package org.opentrade.banksandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallbacksTest extends SandboxHttpTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    @Test
    void a_settled_payment_is_called_back_with_a_signature_that_verifies() throws InterruptedException {
        String reference = reference("dep");
        long beforeMs = System.currentTimeMillis();

        String bankReference = pay(reference, "12.50").json().get("bankReference").asText();
        CallbackReceiver.Received callback = receiver.next(PATIENCE);

        assertThat(callback.contentType()).startsWith("application/json");
        assertThat(callback.signature()).isEqualTo(expectedSignature(callback));
        assertThat(Long.parseLong(callback.timestamp())).isBetween(beforeMs, System.currentTimeMillis());
        assertThat(callback.nonce()).matches("[0-9a-f]{32}");
        JsonNode body = SandboxClient.parse(callback.body());
        assertThat(body.get("bankReference").asText()).isEqualTo(bankReference);
        assertThat(body.get("merchantReference").asText()).isEqualTo(reference);
        assertThat(body.get("kind").asText()).isEqualTo("PAYMENT");
        assertThat(body.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(body.get("amount").asText()).isEqualTo("12.5");
        assertThat(body.get("asset").asText()).isEqualTo("USD");
        assertThat(Instant.parse(body.get("settledAt").asText())).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void a_body_altered_on_the_way_would_not_verify() throws InterruptedException {
        pay(reference("dep"), "1");
        CallbackReceiver.Received callback = receiver.next(PATIENCE);

        CallbackReceiver.Received tampered = new CallbackReceiver.Received(callback.timestamp(), callback.nonce(),
                callback.signature(), callback.contentType(), callback.body().replace("\"1\"", "\"100\""), 0);

        assertThat(tampered.signature()).isNotEqualTo(expectedSignature(tampered));
    }

    @Test
    void with_the_fail_outcome_a_payout_is_called_back_failed() throws InterruptedException {
        behave("{\"callbackDelayMs\":0,\"callbackJitterMs\":0,\"outcome\":\"FAIL\"}");

        payOut(reference("wd"), "40");
        JsonNode body = SandboxClient.parse(receiver.next(PATIENCE).body());

        assertThat(body.get("kind").asText()).isEqualTo("PAYOUT");
        assertThat(body.get("status").asText()).isEqualTo("FAILED");
    }

    @Test
    void an_outcome_set_for_one_reference_applies_to_it_alone() throws InterruptedException {
        String failing = reference("wd-fail");
        behave("{\"callbackDelayMs\":0,\"callbackJitterMs\":0,\"outcomeByReference\":{\"" + failing + "\":\"FAIL\"}}");

        payOut(failing, "1");
        String failedStatus = SandboxClient.parse(receiver.next(PATIENCE).body()).get("status").asText();
        payOut(reference("wd-ok"), "1");
        String otherStatus = SandboxClient.parse(receiver.next(PATIENCE).body()).get("status").asText();

        assertThat(failedStatus).isEqualTo("FAILED");
        assertThat(otherStatus).isEqualTo("SUCCEEDED");
    }

    @Test
    void duplicates_are_delivered_as_many_times_as_asked_each_freshly_signed() throws InterruptedException {
        behave("{\"callbackDelayMs\":0,\"callbackJitterMs\":0,\"callbackCopies\":3}");

        pay(reference("dep"), "7");
        List<CallbackReceiver.Received> copies = receiver.next(3, PATIENCE);

        assertThat(copies).extracting(CallbackReceiver.Received::body).containsOnly(copies.get(0).body());
        assertThat(copies).extracting(CallbackReceiver.Received::nonce).doesNotHaveDuplicates();
        assertThat(copies).allSatisfy(copy -> assertThat(copy.signature()).isEqualTo(expectedSignature(copy)));
        receiver.expectNothingFor(Duration.ofMillis(500));
    }

    @Test
    void a_callback_not_answered_2xx_is_retried_until_it_is() throws InterruptedException {
        String reference = reference("dep");
        receiver.answerNext(500, 503);

        pay(reference, "2");
        List<CallbackReceiver.Received> attempts = receiver.next(3, PATIENCE);

        assertThat(attempts).extracting(CallbackReceiver.Received::body).containsOnly(attempts.get(0).body());
        assertThat(attempts).extracting(CallbackReceiver.Received::nonce).doesNotHaveDuplicates();
        receiver.expectNothingFor(Duration.ofMillis(500));
        JsonNode log = sandbox.get("/sandbox/v1/callbacks?merchantReference=" + reference).json();
        assertThat(log).extracting(entry -> entry.get("httpStatus").asInt()).containsExactly(500, 503, 200);
        assertThat(log).extracting(entry -> entry.get("next").asText())
                .containsExactly("RETRYING", "RETRYING", "DELIVERED");
    }

    @Test
    void retries_stop_after_the_configured_number_of_attempts() throws InterruptedException {
        String reference = reference("dep");
        receiver.answerNext(500, 500, 500, 500, 500);

        pay(reference, "2");
        receiver.next(4, PATIENCE);

        receiver.expectNothingFor(Duration.ofMillis(700));
        JsonNode log = sandbox.get("/sandbox/v1/callbacks?merchantReference=" + reference).json();
        assertThat(log).hasSize(4);
        assertThat(log.get(3).get("next").asText()).isEqualTo("GAVE_UP");
    }

    @Test
    void out_of_order_sends_a_batch_of_callbacks_newest_first() throws InterruptedException {
        behave("{\"callbackDelayMs\":0,\"callbackJitterMs\":0,\"outOfOrderBatch\":3}");
        String first = reference("dep-1");
        String second = reference("dep-2");
        String third = reference("dep-3");

        pay(first, "1");
        awaitSettled(first);
        pay(second, "2");
        awaitSettled(second);
        receiver.expectNothingFor(Duration.ofMillis(200));
        pay(third, "3");
        List<CallbackReceiver.Received> arrived = receiver.next(3, PATIENCE);

        assertThat(arrived).extracting(r -> SandboxClient.parse(r.body()).get("merchantReference").asText())
                .containsExactly(third, second, first);
    }

    @Test
    void an_incomplete_out_of_order_batch_is_released_after_the_hold_time() throws InterruptedException {
        behave("{\"callbackDelayMs\":0,\"callbackJitterMs\":0,\"outOfOrderBatch\":5}");
        String reference = reference("dep");

        pay(reference, "1");

        receiver.expectNothingFor(Duration.ofMillis(1_000));
        assertThat(SandboxClient.parse(receiver.next(PATIENCE).body()).get("merchantReference").asText())
                .isEqualTo(reference);
    }

    @Test
    void callback_before_response_delivers_the_callback_before_the_request_is_answered()
            throws InterruptedException {
        behave("{\"callbackBeforeResponse\":true}");
        String reference = reference("wd");

        SandboxClient.Answer answer = payOut(reference, "9");
        CallbackReceiver.Received callback = receiver.next(Duration.ofMillis(1));

        assertThat(callback.receivedAtNanos()).isLessThan(answer.answeredAtNanos());
        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.json().get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(SandboxClient.parse(callback.body()).get("merchantReference").asText()).isEqualTo(reference);
    }

    @Test
    void a_late_callback_comes_only_after_its_long_delay() throws InterruptedException {
        behave("{\"callbackDelayMs\":0,\"callbackJitterMs\":0,\"lateCallback\":true,\"lateCallbackDelayMs\":1500}");
        String reference = reference("wd");

        payOut(reference, "5");

        receiver.expectNothingFor(Duration.ofMillis(1_000));
        assertThat(sandbox.get("/bank/v1/payouts/" + reference).json().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(SandboxClient.parse(receiver.next(PATIENCE).body()).get("merchantReference").asText())
                .isEqualTo(reference);
    }

    @Test
    void by_default_the_callback_comes_within_about_two_seconds() throws InterruptedException {
        behave("{}");
        long startedNanos = System.nanoTime();

        pay(reference("dep"), "1");
        CallbackReceiver.Received callback = receiver.next(Duration.ofMillis(3_000));

        // 1 s plus up to 0.5 s of jitter; the rest is slack for a busy build machine
        assertThat(Duration.ofNanos(callback.receivedAtNanos() - startedNanos)).isBetween(Duration.ofMillis(900),
                Duration.ofMillis(2_500));
    }

    private void awaitSettled(String paymentReference) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!sandbox.get("/bank/v1/payments/" + paymentReference).json().get("status").asText()
                .equals("SUCCEEDED")) {
            assertThat(System.nanoTime()).as(paymentReference + " settled in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
