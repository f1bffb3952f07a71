package org.opentrade.facade.auth.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletRequest;
import org.junit.jupiter.api.Test;
import org.opentrade.api.user.apikey.ApiKeyScope;
import org.opentrade.api.user.apikey.ApiKeyStanding;
import org.opentrade.api.user.apikey.ApiKeyStatus;
import org.opentrade.facade.auth.Caller;
import org.opentrade.facade.auth.SessionCheckProperties;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The filter in front of the API: signed requests are checked with their body, which the handler reads again. */
class ApiKeyFilterTest {
    static final long NOW = ApiKeyAuthenticatorTest.NOW;
    static final String KEY_ID = ApiKeyAuthenticatorTest.KEY_ID;

    final ApiKeyAuthenticatorTest.FakeGate gate = new ApiKeyAuthenticatorTest.FakeGate();
    final ApiKeyFilter filter = new ApiKeyFilter(new ApiKeyAuthenticator(new ApiKeyRegistry(
            keyId -> new ApiKeyStanding(KEY_ID, 1042, "alice", ApiKeyStatus.ACTIVE, EnumSet.of(ApiKeyScope.TRADE),
                    List.of(), ApiKeyAuthenticatorTest.SECRET), new SessionCheckProperties(60_000, 600_000, 100)),
            gate, new ReceiveWindow(5_000), Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC)));
    final MockHttpServletResponse response = new MockHttpServletResponse();
    final AtomicReference<ServletRequest> reached = new AtomicReference<>();
    final AtomicReference<byte[]> bodyRead = new AtomicReference<>();

    @Test
    void anAdmittedRequestReachesTheHandlerWithItsCallerAndItsBodyIntact() throws Exception {
        MockHttpServletRequest request = signed("POST", "/api/v1/orders", ApiKeyAuthenticatorTest.ORDER);

        run(request);

        assertThat(reached.get()).isNotNull();
        assertThat(new String(bodyRead.get(), StandardCharsets.UTF_8)).isEqualTo(ApiKeyAuthenticatorTest.ORDER);
        Caller caller = (Caller) request.getAttribute(ApiKeyFilter.CALLER);
        assertThat(caller.userId()).isEqualTo(1042);
        assertThat(caller.apiKeyId()).isEqualTo(KEY_ID);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aRefusalIsAnsweredHereInTheErrorShapeAndNothingDownstreamRuns() throws Exception {
        MockHttpServletRequest request = signed("POST", "/api/v1/withdrawals", "{}");

        run(request);

        assertThat(reached.get()).isNull();
        assertThat(response.getStatus()).isEqualTo(403);
        JsonNode body = new ObjectMapper().readTree(response.getContentAsString());
        assertThat(body.get("code").asText()).isEqualTo("SCOPE_MISSING");
        assertThat(body.get("message").asText()).contains("withdraw");
        assertThat(body.has("requestId")).isTrue();
        assertThat(request.getAttribute(ApiKeyFilter.CALLER)).isNull();
    }

    @Test
    void overTheRateTheAnswerIs429WithRetryAfter() throws Exception {
        gate.admittedMax = 0;

        run(signed("DELETE", "/api/v1/orders/42", ""));

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("2");
        assertThat(new ObjectMapper().readTree(response.getContentAsString()).get("code").asText())
                .isEqualTo("RATE_LIMITED");
    }

    @Test
    void aBearerTokenAndAKeyTogetherAreRefused() throws Exception {
        MockHttpServletRequest request = signed("POST", "/api/v1/orders", ApiKeyAuthenticatorTest.ORDER);
        request.addHeader("Authorization", "Bearer a.b.c");

        run(request);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(reached.get()).isNull();
    }

    @Test
    void requestsWithoutAKeyPassUntouched() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/orders");
        request.setContent("{}".getBytes(StandardCharsets.UTF_8));

        run(request);

        assertThat(reached.get()).isSameAs(request);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    private void run(MockHttpServletRequest request) throws Exception {
        filter.doFilter(request, response, (req, res) -> {
            reached.set(req);
            try {
                bodyRead.set(req.getInputStream().readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static MockHttpServletRequest signed(String method, String path, String body) {
        SignedRequest signed = ApiKeyAuthenticatorTest.signed(method, path, "", body, NOW);
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setContent(signed.body());
        request.setRemoteAddr("203.0.113.7");
        request.addHeader(ApiKeyHeaders.KEY, KEY_ID);
        request.addHeader(ApiKeyHeaders.TIMESTAMP, signed.timestamp());
        request.addHeader(ApiKeyHeaders.SIGNATURE, signed.signature());
        return request;
    }
}
