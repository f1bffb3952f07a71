package org.opentrade.facade.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletRequest;
import org.junit.jupiter.api.Test;
import org.opentrade.facade.error.ApiExceptionHandlerTest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class EdgeFiltersTest {
    static final int CAP = 1024;

    @Test
    void aDeclaredBodyOverTheCapIs413InTheErrorShapeAndNothingDownstreamRuns() throws Exception {
        MockHttpServletRequest request = post(new byte[CAP + 1]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<ServletRequest> reached = new AtomicReference<>();

        new RequestBodyLimit(CAP).doFilter(request, response, (req, res) -> reached.set(req));

        assertThat(reached.get()).isNull();
        assertThat(response.getStatus()).isEqualTo(413);
        JsonNode body = new ObjectMapper().readTree(response.getContentAsString());
        assertThat(body.get("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(body.get("requestId").asText()).isNotBlank();
    }

    @Test
    void aBodyWithoutALengthIsCutOffAtTheCap() throws Exception {
        MockHttpServletRequest request = new ApiExceptionHandlerTest.Unsized(new byte[CAP + 1]);
        AtomicReference<ServletRequest> reached = new AtomicReference<>();
        new RequestBodyLimit(CAP).doFilter(request, new MockHttpServletResponse(), (req, res) -> reached.set(req));

        assertThat(reached.get()).isNotNull();
        assertThatThrownBy(() -> reached.get().getInputStream().readAllBytes()).isInstanceOf(BodyTooLarge.class);
    }

    @Test
    void aBodyAtTheCapIsReadWhole() throws Exception {
        MockHttpServletRequest request = post(new byte[CAP]);
        AtomicReference<byte[]> read = new AtomicReference<>();
        new RequestBodyLimit(CAP).doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            try {
                read.set(req.getInputStream().readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(read.get()).hasSize(CAP);
    }

    @Test
    void everyAnswerIsNosniffAndApiAnswersAreNeverStored() throws Exception {
        MockHttpServletResponse api = new MockHttpServletResponse();
        new SecurityHeaders().doFilter(new MockHttpServletRequest("GET", "/api/v1/accounts"), api, new MockFilterChain());
        assertThat(api.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(api.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(api.getHeader("Content-Security-Policy")).contains("default-src 'none'");

        MockHttpServletResponse ui = new MockHttpServletResponse();
        new SecurityHeaders().doFilter(new MockHttpServletRequest("GET", "/swagger-ui/index.html"), ui,
                new MockFilterChain());
        assertThat(ui.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(ui.getHeader("Content-Security-Policy")).isNull();
    }

    private static MockHttpServletRequest post(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/users");
        request.setContent(body);
        request.setContentType("application/json");
        return request;
    }
}
