package org.opentrade.banksandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sandbox as a real server on a random loopback port, with fast retries; each test gets its own callback
 * receiver and starts from the default behaviour with immediate callbacks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bank-sandbox.secret=" + SandboxHttpTest.SECRET,
        "bank-sandbox.callback.attempts-max=4",
        "bank-sandbox.callback.backoff-initial-ms=50",
        "bank-sandbox.callback.backoff-max-ms=200",
        "bank-sandbox.callback.reorder-hold-ms=3000",
})
abstract class SandboxHttpTest {

    static final String SECRET = "sandbox-test-secret-0123456789";
    static final String IMMEDIATE = "{\"callbackDelayMs\":0,\"callbackJitterMs\":0}";

    @LocalServerPort
    int port;
    SandboxClient sandbox;
    CallbackReceiver receiver;

    @BeforeEach
    void startReceiverAndResetBehaviour() throws IOException {
        sandbox = new SandboxClient(port);
        receiver = CallbackReceiver.start();
        behave(IMMEDIATE);
    }

    @AfterEach
    void stopReceiver() {
        behave(IMMEDIATE);
        sandbox.post("/sandbox/v1/callbacks/release", "");
        receiver.close();
    }

    void behave(String behaviourJson) {
        assertThat(sandbox.put("/sandbox/v1/behaviour", behaviourJson).status()).isEqualTo(200);
    }

    SandboxClient.Answer pay(String merchantReference, String amount) {
        return sandbox.post("/bank/v1/payments", SandboxClient.transfer(merchantReference, amount, receiver.url()));
    }

    SandboxClient.Answer payOut(String merchantReference, String amount) {
        return sandbox.post("/bank/v1/payouts", SandboxClient.transfer(merchantReference, amount, receiver.url()));
    }

    static String reference(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** Computed here with javax.crypto, independently of the sandbox's signer. */
    static String expectedSignature(CallbackReceiver.Received callback) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signed = callback.timestamp() + "\n" + callback.nonce() + "\n" + callback.body();
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
