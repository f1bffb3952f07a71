package org.opentrade.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BankSignatureTest {
    static final String SECRET = "local-only-bank-sandbox-secret-change-me";
    static final String BODY = "{\"merchantReference\":\"D1\",\"status\":\"SUCCEEDED\",\"amount\":\"12.5\"}";

    final BankSignature signature = new BankSignature(SECRET);

    @Test
    void matchesAnIndependentlyComputedHmac() throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = java.util.HexFormat.of().formatHex(
                mac.doFinal(("1732456789012\nabc123\n" + BODY).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(signature.sign("1732456789012", "abc123", BODY)).isEqualTo(expected);
        assertThat(signature.verify("1732456789012", "abc123", BODY, expected)).isTrue();
        assertThat(signature.verify("1732456789012", "abc123", BODY, expected.toUpperCase())).isTrue();
    }

    @Test
    void anyChangeToTimestampNonceOrBodyBreaksIt() {
        String good = signature.sign("1732456789012", "abc123", BODY);
        assertThat(signature.verify("1732456789013", "abc123", BODY, good)).isFalse();
        assertThat(signature.verify("1732456789012", "abc124", BODY, good)).isFalse();
        assertThat(signature.verify("1732456789012", "abc123", BODY.replace("12.5", "125"), good)).isFalse();
        assertThat(signature.verify("1732456789012", "abc123", BODY + " ", good)).isFalse();
    }

    @Test
    void anotherSecretOrAMalformedSignatureFails() {
        String forged = new BankSignature("someone-else-secret-0123").sign("1", "n", BODY);
        assertThat(signature.verify("1", "n", BODY, forged)).isFalse();
        assertThat(signature.verify("1", "n", BODY, null)).isFalse();
        assertThat(signature.verify("1", "n", BODY, "abc")).isFalse();
        assertThat(signature.verify(null, "n", BODY, forged)).isFalse();
        assertThatThrownBy(() -> new BankSignature("short")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWindowRefusesStaleFutureAndMalformedTimestamps() {
        NotificationWindow window = new NotificationWindow(300_000);
        long now = 1_732_456_789_012L;
        assertThat(window.accepts(Long.toString(now - 299_000), now)).isEqualTo(now - 299_000);
        assertThat(window.accepts(Long.toString(now - 301_000), now)).isEqualTo(-1);
        assertThat(window.accepts(Long.toString(now + 301_000), now)).isEqualTo(-1);
        assertThat(window.accepts("-5", now)).isEqualTo(-1);
        assertThat(window.accepts("12a", now)).isEqualTo(-1);
        assertThat(window.accepts(null, now)).isEqualTo(-1);
        assertThat(window.accepts("9".repeat(30), now)).isEqualTo(-1);
        assertThat(NotificationWindow.wellFormedNonce("9f86d081884c7d659a2feaa0c55ad015")).isTrue();
        assertThat(NotificationWindow.wellFormedNonce("a'; DROP")).isFalse();
        assertThat(NotificationWindow.wellFormedNonce("x".repeat(65))).isFalse();
    }
}
