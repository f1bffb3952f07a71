package org.opentrade.facade.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.alibaba.csp.sentinel.slots.block.RuleConstant;
import com.alibaba.csp.sentinel.slots.block.flow.param.ParamFlowRule;
import com.alibaba.csp.sentinel.slots.block.flow.param.ParamFlowRuleManager;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentrade.facade.auth.Caller;
import org.opentrade.facade.auth.TokenVerifier;
import org.opentrade.facade.auth.apikey.ApiKeyFilter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The per-caller entry as Sentinel's hot-parameter rules see it: each user (or, on a public route, each client
 * address) has the rule's count per window to itself; past it that caller alone gets 429 with when to come back.
 */
class CallerLimitsTest {
    static final String SECRET = "a-test-secret-of-at-least-32-bytes!!";
    static final int PER_CALLER = 3;
    static final int WINDOW_S = 2;

    final CallerLimits limits = new CallerLimits(new CallerKeys(new TokenVerifier(SECRET)));

    /** One authenticated route and one public one, as the controllers declare them. */
    static final class Routes {
        void accounts(Caller caller) {
        }

        void ticker(String symbol) {
        }
    }

    @AfterEach
    void noRules() {
        ParamFlowRuleManager.loadRules(List.of());
    }

    @Test
    void eachUserHasTheRouteCountToItselfAndPastItGets429WithWhenToComeBack() throws Exception {
        perCaller("caller:GET:/api/v1/accounts");
        String alice = token(1001);
        for (int i = 0; i < PER_CALLER; i++) {
            assertThat(call(accounts(alice)).getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = call(accounts(alice));
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).contains("\"code\":\"RATE_LIMITED\"");
        assertThat(refused.getHeader("Retry-After")).isEqualTo(Integer.toString(WINDOW_S));
        assertThat(refused.getHeader("RateLimit-Limit")).isEqualTo(Integer.toString(PER_CALLER));
        assertThat(refused.getHeader("RateLimit-Remaining")).isEqualTo("0");
        assertThat(refused.getHeader("RateLimit-Reset")).isEqualTo(Integer.toString(WINDOW_S));

        // another user, even from the same address, is served
        assertThat(call(accounts(token(1002))).getStatus()).isEqualTo(200);
        // the same user by API key counts against the same share
        MockHttpServletRequest byKey = accounts(null);
        byKey.setAttribute(ApiKeyFilter.CALLER, Caller.ofApiKey(1001, "alice", "key-1"));
        assertThat(call(byKey).getStatus()).isEqualTo(429);
    }

    @Test
    void aPublicRouteCountsEachClientAddressAndSoDoesAnUnverifiedToken() throws Exception {
        perCaller("caller:GET:/api/v1/market/{symbol}/ticker");
        for (int i = 0; i < PER_CALLER; i++) {
            // a valid token changes nothing on a public route: the address is the key
            assertThat(call(ticker("203.0.113.7", token(1000 + i))).getStatus()).isEqualTo(200);
        }
        assertThat(call(ticker("203.0.113.7", null)).getStatus()).isEqualTo(429);
        assertThat(call(ticker("203.0.113.8", null)).getStatus()).isEqualTo(200);

        perCaller("caller:GET:/api/v1/accounts");
        for (int i = 0; i < PER_CALLER; i++) {
            call(accounts("not-a-token"));
        }
        assertThat(call(accounts("forged")).getStatus()).as("counted by the address").isEqualTo(429);
        assertThat(call(accounts(token(1003))).getStatus()).isEqualTo(200);
    }

    @Test
    void aRequestThatMatchedNoRouteIsNotCounted() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/nowhere");
        assertThat(limits.preHandle(request, new MockHttpServletResponse(), new Object())).isTrue();
        assertThat(CallerLimits.resource(request)).isNull();
    }

    private static void perCaller(String resource) {
        ParamFlowRule rule = new ParamFlowRule(resource).setParamIdx(0).setGrade(RuleConstant.FLOW_GRADE_QPS)
                .setCount(PER_CALLER).setDurationInSec(WINDOW_S);
        ParamFlowRuleManager.loadRules(List.of(rule));
    }

    /** The interceptor around a handler, as the dispatcher runs it; 200 when the handler was reached. */
    private MockHttpServletResponse call(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        HandlerMethod handler = (HandlerMethod) request.getAttribute("handler");
        if (limits.preHandle(request, response, handler)) {
            limits.afterCompletion(request, response, handler, null);
        }
        return response;
    }

    private static MockHttpServletRequest accounts(String tokenOrNull) throws NoSuchMethodException {
        MockHttpServletRequest request = route("GET", "/api/v1/accounts",
                new HandlerMethod(new Routes(), Routes.class.getDeclaredMethod("accounts", Caller.class)));
        request.setRemoteAddr("198.51.100.1");
        if (tokenOrNull != null) {
            request.addHeader("Authorization", "Bearer " + tokenOrNull);
        }
        return request;
    }

    private static MockHttpServletRequest ticker(String address, String tokenOrNull) throws NoSuchMethodException {
        MockHttpServletRequest request = route("GET", "/api/v1/market/{symbol}/ticker",
                new HandlerMethod(new Routes(), Routes.class.getDeclaredMethod("ticker", String.class)));
        request.setRemoteAddr(address);
        if (tokenOrNull != null) {
            request.addHeader("Authorization", "Bearer " + tokenOrNull);
        }
        return request;
    }

    private static MockHttpServletRequest route(String method, String pattern, HandlerMethod handler) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, pattern);
        request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, pattern);
        request.setAttribute("handler", handler);
        return request;
    }

    private static String token(long userId) {
        return Jwts.builder().issuer("opentrade").subject(Long.toString(userId)).claim("name", "u" + userId)
                .claim("roles", List.of("USER")).claim("sid", "session-" + userId)
                .issuedAt(Date.from(Instant.now())).expiration(Date.from(Instant.now().plusSeconds(60)))
                .signWith(Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8)), Jwts.SIG.HS256).compact();
    }
}
