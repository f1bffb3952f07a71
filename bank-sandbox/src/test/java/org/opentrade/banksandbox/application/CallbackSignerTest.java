package org.opentrade.banksandbox.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class CallbackSignerTest {

    private static final String SECRET = "test-secret-0123456789";

    @Test
    void signs_timestamp_newline_nonce_newline_body_with_hmac_sha256_in_lower_case_hex() throws Exception {
        long timestampMs = 1_700_000_000_123L;
        String nonce = "9f86d081884c7d659a2feaa0c55ad015";
        String body = "{\"bankReference\":\"BNK1\",\"amount\":\"12.5\"}";

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(
                ("1700000000123\n9f86d081884c7d659a2feaa0c55ad015\n" + body).getBytes(StandardCharsets.UTF_8)));

        String signature = new CallbackSigner(SECRET).signature(timestampMs, nonce, body);

        assertThat(signature).isEqualTo(expected).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void signs_nothing_but_the_documented_message() {
        // The reference HMAC below is first checked against RFC 4231 test case 2, so the comparison means
        // something: the signed message is exactly timestamp + "\n" + nonce + "\n" + body.
        assertThat(hmac("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assertThat(new CallbackSigner("Jefe").signature(1, "2", "3")).isEqualTo(hmac("Jefe", "1\n2\n3"));
    }

    @Test
    void the_body_is_signed_as_utf_8() {
        String body = "{\"accountHolder\":\"Zoë Ωmega\"}";
        assertThat(new CallbackSigner(SECRET).signature(5, "n", body)).isEqualTo(hmac(SECRET, "5\nn\n" + body));
    }

    @Test
    void any_change_to_timestamp_nonce_body_or_secret_changes_the_signature() {
        CallbackSigner signer = new CallbackSigner(SECRET);
        String original = signer.signature(1, "n", "{}");
        assertThat(signer.signature(2, "n", "{}")).isNotEqualTo(original);
        assertThat(signer.signature(1, "m", "{}")).isNotEqualTo(original);
        assertThat(signer.signature(1, "n", "{ }")).isNotEqualTo(original);
        assertThat(new CallbackSigner(SECRET + "x").signature(1, "n", "{}")).isNotEqualTo(original);
    }

    @Test
    void refuses_an_empty_secret() {
        assertThatThrownBy(() -> new CallbackSigner("")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String hmac(String key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
