package org.opentrade.payment.adapter.out.bank;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.opentrade.api.money.Decimal8;
import org.opentrade.payment.application.PaymentProperties;
import org.opentrade.payment.application.port.BankChannel;
import org.opentrade.payment.domain.BankOutcome;
import org.opentrade.payment.domain.PaymentKind;
import org.opentrade.payment.domain.reconciliation.StatementLine;
import org.springframework.stereotype.Component;

/**
 * The bank's merchant API over HTTP (JSON, decimal-string amounts): {@code POST /bank/v1/payments} collects a
 * deposit, {@code POST /bank/v1/payouts} pays a withdrawal, {@code GET .../{reference}} tells a status,
 * {@code GET /bank/v1/statement} lists settled transfers. Any HTTP answer other than 2xx means the bank did not take
 * the request; only a lost answer (timeout, reset after sending) leaves it uncertain.
 */
@Component
class HttpBankChannel implements BankChannel {
    private final HttpClient http;
    private final ObjectMapper json;
    private final PaymentProperties.Bank properties;

    HttpBankChannel(ObjectMapper json, PaymentProperties properties) {
        this.json = json;
        this.properties = properties.bank();
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(this.properties.timeoutMs()))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Answer request(PaymentKind kind, String merchantReference, String accountHolder, String asset, long amount) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("merchantReference", merchantReference);
        body.put("accountHolder", accountHolder);
        body.put("asset", asset);
        body.put("amount", Decimal8.format(amount));
        body.put("callbackUrl", properties.callbackUrl());
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri(path(kind)))
                    .timeout(Duration.ofMillis(properties.timeoutMs()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException refused) {
            return new Answer(Result.REFUSED, null, null, "connection refused");
        } catch (IOException lost) {
            return new Answer(Result.UNCERTAIN, null, null, lost.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(Result.UNCERTAIN, null, null, "interrupted");
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            JsonNode node = read(response.body());
            return new Answer(Result.ACCEPTED, node.path("bankReference").asText(null), outcome(node.path("status").asText()),
                    "accepted");
        }
        String detail = status + " " + read(response.body()).path("code").asText("");
        return new Answer(status >= 500 || status == 429 ? Result.REFUSED : Result.REFUSED_FOR_GOOD, null, null, detail);
    }

    @Override
    public Status status(PaymentKind kind, String merchantReference) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path(kind) + "/" + merchantReference))
                    .timeout(Duration.ofMillis(properties.timeoutMs())).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404 && "UNKNOWN_REFERENCE".equals(read(response.body()).path("code").asText())) {
                return new Status(Known.UNKNOWN_REFERENCE, null);
            }
            if (response.statusCode() != 200) {
                return new Status(Known.UNAVAILABLE, null);
            }
            BankOutcome outcome = outcome(read(response.body()).path("status").asText());
            return outcome == null ? new Status(Known.ACCEPTED, null) : new Status(Known.SETTLED, outcome);
        } catch (IOException e) {
            return new Status(Known.UNAVAILABLE, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Status(Known.UNAVAILABLE, null);
        }
    }

    @Override
    public Statement statement(long fromEpochMs, long toEpochMs, int limit) {
        String query = "?from=" + fromEpochMs + "&to=" + toEpochMs + "&limit=" + limit;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/bank/v1/statement" + query))
                    .timeout(Duration.ofMillis(properties.timeoutMs() * 3)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("statement: HTTP " + response.statusCode());
            }
            JsonNode node = read(response.body());
            List<StatementLine> lines = new ArrayList<>();
            for (JsonNode line : node.path("lines")) {
                lines.add(new StatementLine(line.path("bankReference").asText(), line.path("merchantReference").asText(),
                        "PAYOUT".equals(line.path("kind").asText()) ? PaymentKind.WITHDRAWAL : PaymentKind.DEPOSIT,
                        line.path("asset").asText(), Decimal8.parse(line.path("amount").asText()),
                        outcome(line.path("status").asText()), Instant.parse(line.path("settledAt").asText()).toEpochMilli()));
            }
            return new Statement(lines, node.path("truncated").asBoolean(false));
        } catch (IOException e) {
            throw new IllegalStateException("statement unavailable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String path(PaymentKind kind) {
        return kind == PaymentKind.DEPOSIT ? "/bank/v1/payments" : "/bank/v1/payouts";
    }

    private URI uri(String path) {
        return URI.create(properties.baseUrl() + path);
    }

    private JsonNode read(String body) {
        try {
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static BankOutcome outcome(String status) {
        return switch (status) {
            case "SUCCEEDED" -> BankOutcome.SUCCEEDED;
            case "FAILED" -> BankOutcome.FAILED;
            default -> null;
        };
    }

}
