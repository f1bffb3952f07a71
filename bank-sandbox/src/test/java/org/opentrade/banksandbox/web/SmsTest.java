package org.opentrade.banksandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SmsTest extends SandboxHttpTest {

    @Test
    void messages_are_accepted_and_listed_per_recipient_oldest_first() {
        String alice = "+1555" + UUID.randomUUID().toString().substring(0, 6);
        String bob = "+1666" + UUID.randomUUID().toString().substring(0, 6);

        SandboxClient.Answer first = sandbox.post("/sms/v1/messages",
                "{\"to\":\"" + alice + "\",\"text\":\"Your deposit of 12.5 USD arrived\"}");
        sandbox.post("/sms/v1/messages", "{\"to\":\"" + bob + "\",\"text\":\"for bob\"}");
        sandbox.post("/sms/v1/messages", "{\"to\":\"" + alice + "\",\"text\":\"Your withdrawal failed\"}");
        JsonNode toAlice = sandbox.get("/sandbox/v1/sms?to=" + alice.replace("+", "%2B")).json();

        assertThat(first.status()).isEqualTo(202);
        assertThat(first.json().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(toAlice).extracting(m -> m.get("text").asText())
                .containsExactly("Your deposit of 12.5 USD arrived", "Your withdrawal failed");
        assertThat(toAlice.get(0).get("messageId").asText()).isEqualTo(first.json().get("messageId").asText());
        assertThat(toAlice.get(0).get("to").asText()).isEqualTo(alice);
    }

    @Test
    void a_message_without_recipient_or_text_is_400() {
        SandboxClient.Answer noRecipient = sandbox.post("/sms/v1/messages", "{\"text\":\"hello\"}");
        SandboxClient.Answer blankText = sandbox.post("/sms/v1/messages", "{\"to\":\"+1555\",\"text\":\" \"}");
        SandboxClient.Answer tooLong = sandbox.post("/sms/v1/messages",
                "{\"to\":\"+1555\",\"text\":\"" + "x".repeat(1_601) + "\"}");

        assertThat(noRecipient.json().get("code").asText()).isEqualTo("INVALID_RECIPIENT");
        assertThat(blankText.json().get("code").asText()).isEqualTo("INVALID_TEXT");
        assertThat(tooLong.status()).isEqualTo(400);
    }

    @Test
    void during_an_sms_outage_messages_are_answered_503_and_not_recorded() {
        String recipient = "+1777" + UUID.randomUUID().toString().substring(0, 6);
        behave("{\"smsOutage\":true}");

        SandboxClient.Answer answer = sandbox.post("/sms/v1/messages", "{\"to\":\"" + recipient + "\",\"text\":\"x\"}");

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.json().get("code").asText()).isEqualTo("SMS_UNAVAILABLE");
        assertThat(sandbox.get("/sandbox/v1/sms?to=" + recipient.replace("+", "%2B")).json()).isEmpty();
    }

    @Test
    void a_body_beyond_the_size_limit_is_refused_before_it_is_read() {
        SandboxClient.Answer answer = sandbox.post("/sms/v1/messages",
                "{\"to\":\"+1555\",\"text\":\"" + "x".repeat(70_000) + "\"}");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().get("code").asText()).isEqualTo("BODY_TOO_LARGE");
    }
}
