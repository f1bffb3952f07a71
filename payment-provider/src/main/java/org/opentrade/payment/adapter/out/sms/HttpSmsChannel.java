package org.opentrade.payment.adapter.out.sms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.opentrade.payment.application.PaymentProperties;
import org.opentrade.payment.application.port.SmsChannel;
import org.springframework.stereotype.Component;

/** The SMS gateway over HTTP: {@code POST /sms/v1/messages {to, text}} -> 202. */
@Component
class HttpSmsChannel implements SmsChannel {
    private final HttpClient http;
    private final ObjectMapper json;
    private final PaymentProperties.Sms properties;

    HttpSmsChannel(ObjectMapper json, PaymentProperties properties) {
        this.json = json;
        this.properties = properties.sms();
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(this.properties.timeoutMs())).build();
    }

    @Override
    public void send(String to, String text) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(properties.baseUrl() + "/sms/v1/messages"))
                    .timeout(Duration.ofMillis(properties.timeoutMs()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("to", to, "text", text))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("SMS gateway answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("SMS gateway unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
