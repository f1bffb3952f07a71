package org.opentrade.facade.auth.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

/**
 * The canonical request and its signature, against vectors computed outside Java (Python's hmac module), so a client
 * in any language can check its own signing against the same numbers (README "API keys").
 */
class RequestSignatureTest {
    static final String SECRET = "Zm9yLXRlc3RzLW9ubHktbm90LWEtcmVhbC1zZWNyZXQ";
    static final SecretKeySpec KEY = RequestSignature.key(SECRET);
    static final long TIMESTAMP = 1_767_323_045_678L;
    static final String ORDER = "{\"symbol\":\"BTC-USD\",\"side\":\"BUY\",\"type\":\"LIMIT\",\"price\":\"1000\","
            + "\"quantity\":\"0.01\"}";

    @Test
    void aPostSignsTimestampMethodPathAnEmptyQueryAndTheBody() {
        byte[] canonical = RequestSignature.canonical(TIMESTAMP, "POST", "/api/v1/orders", null, bytes(ORDER));

        assertThat(new String(canonical, StandardCharsets.UTF_8)).isEqualTo("1767323045678POST/api/v1/orders?" + ORDER);
        assertThat(RequestSignature.sign(KEY, canonical))
                .isEqualTo("49fb90d1c42f900479945a0cdd8cf01372c9663896fc75bc3b75ece96a88d49a");
    }

    @Test
    void aGetSignsTheQueryAsSentAndNoBody() {
        byte[] canonical = RequestSignature.canonical(TIMESTAMP, "GET", "/api/v1/orders",
                "symbol=BTC-USD&state=open&limit=10", new byte[0]);

        assertThat(RequestSignature.sign(KEY, canonical))
                .isEqualTo("50bbe34704616ba5b583c6e94a96e88f7baf1b75231d8197e9a6bae873e3a7d1");
    }

    @Test
    void theSignatureMatchesInEitherCaseAndNothingElseDoes() {
        byte[] canonical = RequestSignature.canonical(TIMESTAMP, "POST", "/api/v1/orders", "", bytes(ORDER));
        String signature = RequestSignature.sign(KEY, canonical);

        assertThat(RequestSignature.matches(KEY, canonical, signature)).isTrue();
        assertThat(RequestSignature.matches(KEY, canonical, signature.toUpperCase())).isTrue();
        assertThat(RequestSignature.matches(RequestSignature.key(SECRET + "x"), canonical, signature))
                .as("another secret").isFalse();
        for (byte[] other : new byte[][] {
                RequestSignature.canonical(TIMESTAMP + 1, "POST", "/api/v1/orders", "", bytes(ORDER)),
                RequestSignature.canonical(TIMESTAMP, "DELETE", "/api/v1/orders", "", bytes(ORDER)),
                RequestSignature.canonical(TIMESTAMP, "POST", "/api/v1/withdrawals", "", bytes(ORDER)),
                RequestSignature.canonical(TIMESTAMP, "POST", "/api/v1/orders", "x=1", bytes(ORDER)),
                RequestSignature.canonical(TIMESTAMP, "POST", "/api/v1/orders", "", bytes(ORDER.replace("1000", "1001")))}) {
            assertThat(RequestSignature.matches(KEY, other, signature)).isFalse();
        }
        for (String malformed : new String[] {null, "", "abc", signature.substring(1), signature + "0",
                "zz" + signature.substring(2)}) {
            assertThat(RequestSignature.matches(KEY, canonical, malformed)).as(String.valueOf(malformed)).isFalse();
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
