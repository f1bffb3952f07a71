package org.opentrade.facade.error;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.alibaba.csp.sentinel.slots.block.degrade.DegradeException;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRule;
import com.alibaba.csp.sentinel.slots.block.flow.FlowException;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.apache.dubbo.remoting.http12.exception.HttpRequestTimeout;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.RateLimitedException;
import org.opentrade.facade.edge.RequestBodyLimit;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Each kind of failure becomes its documented status and code, with a request id, never a bare 500. */
public class ApiExceptionHandlerTest {

    record Body(@NotNull String name) {
    }

    @RestController
    static class Failing {
        @GetMapping("/business")
        void business() {
            throw new BusinessException(ErrorCode.INSUFFICIENT_FUNDS, "need more");
        }

        @GetMapping("/no-provider")
        void noProvider() {
            throw new RpcException(RpcException.FORBIDDEN_EXCEPTION, "No provider available");
        }

        @GetMapping("/blocked")
        void blocked() {
            throw new RpcException(new FlowException("rule"));
        }

        @GetMapping("/circuit-open")
        void circuitOpen() {
            // what the platform's BlockedCallFallback answers for a call whose circuit is open
            DegradeRule rule = new DegradeRule("org.opentrade.api.risk.RiskService").setTimeWindow(5);
            throw new RpcException(RpcException.NO_INVOKER_AVAILABLE_AFTER_FILTER,
                    "RiskService is unavailable (circuit open); retry later", new DegradeException("default", rule));
        }

        @GetMapping("/login-throttled")
        void loginThrottled() {
            throw new RateLimitedException(ErrorCode.TOO_MANY_LOGIN_ATTEMPTS, "too many failures", 5, 600);
        }

        @GetMapping("/flow-rule")
        void flowRule() {
            throw new RpcException(new FlowException("default", new FlowRule("r").setCount(50)));
        }

        @GetMapping("/provider-timeout")
        void providerTimeout() {
            throw new RuntimeException(HttpRequestTimeout.serverSide().toString());
        }

        @GetMapping("/bug")
        void bug() {
            throw new IllegalStateException("a defect");
        }

        @PostMapping("/validated")
        void validated(@Valid @RequestBody Body body) {
        }
    }

    /** A chunked upload: no Content-Length to refuse up front. */
    public static final class Unsized extends org.springframework.mock.web.MockHttpServletRequest {
        public Unsized(byte[] body) {
            super("POST", "/validated");
            setContent(body);
            setContentType(MediaType.APPLICATION_JSON_VALUE);
            addHeader("Transfer-Encoding", "chunked");
        }

        @Override
        public int getContentLength() {
            return -1;
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }
    }

    // JSON only, as in the application (Spring Boot orders the XML converter a dependency drags in last)
    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
            .setMessageConverters(new MappingJackson2HttpMessageConverter())
            .setControllerAdvice(new ApiExceptionHandler())
            .addFilters(new RequestIds(), new RequestBodyLimit(BODY_BYTES_MAX)).build();
    static final int BODY_BYTES_MAX = 256;

    @Test
    void aBusinessFailureKeepsItsCodeAndStatus() throws Exception {
        mvc.perform(get("/business").header(RequestIds.HEADER, "req-1"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("INSUFFICIENT_FUNDS"))
                .andExpect(jsonPath("$.message").value("need more"))
                .andExpect(jsonPath("$.requestId").value("req-1"))
                .andExpect(header().string(RequestIds.HEADER, "req-1"));
    }

    @Test
    void anUnreachableProviderIs503AndAFlowBlockIs429() throws Exception {
        mvc.perform(get("/no-provider")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("SERVICE_UNAVAILABLE"));
        mvc.perform(get("/provider-timeout")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("SERVICE_UNAVAILABLE"));
        mvc.perform(get("/blocked")).andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("RATE_LIMITED"));
    }

    @Test
    void anOpenCircuitIs503WithRetryAfterItsWindowNot429() throws Exception {
        mvc.perform(get("/circuit-open")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("SERVICE_UNAVAILABLE"))
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(header().doesNotExist("RateLimit-Remaining"));
        // any other 503 still says when to come back
        mvc.perform(get("/no-provider")).andExpect(header().string("Retry-After", "1"));
    }

    @Test
    void every429SaysItsLimitThatNoneRemainsAndWhenToComeBack() throws Exception {
        mvc.perform(get("/login-throttled")).andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("TOO_MANY_LOGIN_ATTEMPTS"))
                .andExpect(header().string("Retry-After", "600"))
                .andExpect(header().string("RateLimit-Limit", "5"))
                .andExpect(header().string("RateLimit-Remaining", "0"))
                .andExpect(header().string("RateLimit-Reset", "600"));
        mvc.perform(get("/flow-rule")).andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(header().string("RateLimit-Limit", "50"))
                .andExpect(header().string("RateLimit-Remaining", "0"))
                .andExpect(header().string("RateLimit-Reset", "1"));
        // a block whose rule is not known here still answers every header but the limit
        mvc.perform(get("/blocked")).andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(header().doesNotExist("RateLimit-Limit"))
                .andExpect(header().string("RateLimit-Remaining", "0"));
    }

    @Test
    void invalidAndMalformedBodiesAre400() throws Exception {
        mvc.perform(post("/validated").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        mvc.perform(post("/validated").contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        mvc.perform(post("/validated").contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void aBodyOverTheCapIs413WhetherItsLengthWasDeclaredOrNot() throws Exception {
        String big = "{\"name\":\"" + "x".repeat(BODY_BYTES_MAX) + "\"}";
        mvc.perform(post("/validated").contentType(MediaType.APPLICATION_JSON).content(big))
                .andExpect(status().isPayloadTooLarge()).andExpect(jsonPath("$.code").value("PAYLOAD_TOO_LARGE"))
                .andExpect(jsonPath("$.requestId").isNotEmpty());
        // no Content-Length: the cap hits while Jackson reads, and the handler still answers 413
        mvc.perform(post("/validated").contentType(MediaType.APPLICATION_JSON).content(big)
                        .with(request -> new Unsized(request.getContentAsByteArray())))
                .andExpect(status().isPayloadTooLarge()).andExpect(jsonPath("$.code").value("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void theHandWrittenErrorBodyIsTheSameJsonAsJacksonsAndEscaped() throws Exception {
        ApiError error = new ApiError("X", "a \"quoted\" \\ line\nbreak", "r-1");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        org.assertj.core.api.Assertions.assertThat(json.readValue(error.json(), ApiError.class)).isEqualTo(error);
    }

    @Test
    void onlyADefectOfOursIs500AndStillInTheErrorShape() throws Exception {
        mvc.perform(get("/bug")).andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("INTERNAL_ERROR"))
                .andExpect(jsonPath("$.requestId").isNotEmpty());
    }
}
