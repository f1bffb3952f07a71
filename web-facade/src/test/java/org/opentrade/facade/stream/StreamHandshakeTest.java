package org.opentrade.facade.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class StreamHandshakeTest {

    @Test
    void anAddressAtItsCapIsRefused429InTheErrorShapeAndOthersStillConnect() throws Exception {
        StreamHub hub = new StreamHub(StreamTestData.caps(100, 10, 1), new SimpleMeterRegistry());
        // anonymous handshakes never reach authentication
        StreamHandshake handshake = new StreamHandshake(null, hub);
        assertThat(hub.register(new StreamSession("1", null, "203.0.113.9", new StreamHubTest.RecordingSink(), 0))).isTrue();

        MockHttpServletResponse refused = new MockHttpServletResponse();
        Map<String, Object> attributes = new HashMap<>();
        boolean admitted = handshake.beforeHandshake(upgrade("203.0.113.9"), new ServletServerHttpResponse(refused),
                null, attributes);
        assertThat(admitted).isFalse();
        assertThat(refused.getStatus()).isEqualTo(429);
        JsonNode body = new ObjectMapper().readTree(refused.getContentAsByteArray());
        assertThat(body.get("code").asText()).isEqualTo("TOO_MANY_STREAMS");
        assertThat(body.get("requestId").asText()).isNotBlank();

        Map<String, Object> other = new HashMap<>();
        assertThat(handshake.beforeHandshake(upgrade("198.51.100.4"),
                new ServletServerHttpResponse(new MockHttpServletResponse()), null, other)).isTrue();
        assertThat(other).containsEntry(StreamHandshake.ADDRESS, "198.51.100.4");
    }

    private static ServletServerHttpRequest upgrade(String remoteAddr) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/stream");
        request.setRemoteAddr(remoteAddr);
        return new ServletServerHttpRequest(request);
    }

    @Test
    void theHeaderWinsThenTheQueryParameter() {
        assertThat(StreamHandshake.token("Bearer abc.def", "xyz")).isEqualTo("abc.def");
        assertThat(StreamHandshake.token("bearer  abc ", null)).isEqualTo("abc");
        assertThat(StreamHandshake.token(null, "abc%2Edef")).isEqualTo("abc.def");
        assertThat(StreamHandshake.token("Basic dXNlcjpwYXNz", "xyz")).isEqualTo("xyz");
    }

    @Test
    void noUsableTokenIsAnonymous() {
        assertThat(StreamHandshake.token(null, null)).isNull();
        assertThat(StreamHandshake.token("Bearer ", null)).isNull();
        assertThat(StreamHandshake.token(null, "%zz")).isNull();
        assertThat(StreamHandshake.token(null, "a".repeat(StreamHandshake.TOKEN_LENGTH_MAX + 1))).isNull();
    }
}
