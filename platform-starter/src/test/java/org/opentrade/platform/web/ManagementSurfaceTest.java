package org.opentrade.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ManagementSurfaceTest {
    static final String TOKEN = "scrape-token-0123456789";

    @Test
    void prometheusWithoutTheTokenIs401InTheErrorShape() throws Exception {
        MockHttpServletResponse response = run(new PrometheusToken(TOKEN), request("/actuator/prometheus", null, "10.0.0.7"));
        assertThat(response.getStatus()).isEqualTo(401);
        JsonNode body = new ObjectMapper().readTree(response.getContentAsString());
        assertThat(body.get("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(body.get("requestId").asText()).isNotBlank();
        assertThat(body.get("message").asText()).isNotBlank();
    }

    @Test
    void prometheusWithAWrongTokenIs401AndWithTheTokenPasses() throws Exception {
        assertThat(run(new PrometheusToken(TOKEN), request("/actuator/prometheus", "Bearer " + TOKEN + "x", "10.0.0.7"))
                .getStatus()).isEqualTo(401);
        assertThat(run(new PrometheusToken(TOKEN), request("/actuator/prometheus", "Basic " + TOKEN, "10.0.0.7"))
                .getStatus()).isEqualTo(401);
        MockHttpServletResponse passed = run(new PrometheusToken(TOKEN),
                request("/actuator/prometheus", "Bearer " + TOKEN, "10.0.0.7"));
        assertThat(passed.getStatus()).isEqualTo(200);
    }

    @Test
    void withoutAConfiguredTokenPrometheusIsOpenAndOtherRoutesAreNeverTouched() throws Exception {
        assertThat(run(new PrometheusToken(""), request("/actuator/prometheus", null, "10.0.0.7")).getStatus())
                .isEqualTo(200);
        assertThat(run(new PrometheusToken(TOKEN), request("/actuator/health", null, "10.0.0.7")).getStatus())
                .isEqualTo(200);
    }

    @Test
    void internalRoutesAnswerOnlyTheSameHost() throws Exception {
        LoopbackOnlyRoutes filter = new LoopbackOnlyRoutes();
        assertThat(run(filter, request("/internal/engines/BTC-USD", null, "127.0.0.1")).getStatus()).isEqualTo(200);
        assertThat(run(filter, request("/internal/engines/BTC-USD", null, "::1")).getStatus()).isEqualTo(200);
        MockHttpServletResponse remote = run(filter, request("/internal/engines/BTC-USD", null, "10.1.2.3"));
        assertThat(remote.getStatus()).isEqualTo(404);
        assertThat(new ObjectMapper().readTree(remote.getContentAsString()).get("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(run(filter, request("/api/v1/orders", null, "10.1.2.3")).getStatus()).isEqualTo(200);
    }

    @Test
    void onlyLiteralLoopbackAddressesCount() {
        assertThat(LoopbackOnlyRoutes.isLoopback("127.0.0.1")).isTrue();
        assertThat(LoopbackOnlyRoutes.isLoopback("127.8.9.10")).isTrue();
        assertThat(LoopbackOnlyRoutes.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(LoopbackOnlyRoutes.isLoopback("192.168.1.5")).isFalse();
        assertThat(LoopbackOnlyRoutes.isLoopback("")).isFalse();
        assertThat(LoopbackOnlyRoutes.isLoopback(null)).isFalse();
    }

    private static MockHttpServletRequest request(String path, String authorization, String remoteAddr) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(remoteAddr);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }

    private static MockHttpServletResponse run(jakarta.servlet.Filter filter, MockHttpServletRequest request)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
