package org.opentrade.banksandbox.application;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

/** Posts one signed callback over real HTTP/1.1 and reports the status code, or 0 when no answer came. */
public final class CallbackSender implements AutoCloseable {

    private final ExecutorService clientExecutor;
    private final HttpClient client;
    private final Duration requestTimeout;

    public CallbackSender(ExecutorService clientExecutor, long connectTimeoutMs, long requestTimeoutMs) {
        this.clientExecutor = clientExecutor;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER) // a redirect must not lead the sandbox off loopback
                .connectTimeout(Duration.ofMillis(connectTimeoutMs))
                .executor(clientExecutor)
                .build();
        this.requestTimeout = Duration.ofMillis(requestTimeoutMs);
    }

    public int post(OutgoingCallback callback, long timestampMs, String nonce, String signature) {
        HttpRequest request = HttpRequest.newBuilder(callback.url())
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header(CallbackSigner.TIMESTAMP_HEADER, Long.toString(timestampMs))
                .header(CallbackSigner.NONCE_HEADER, nonce)
                .header(CallbackSigner.SIGNATURE_HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofString(callback.body()))
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    @Override
    public void close() {
        clientExecutor.shutdownNow();
    }
}
