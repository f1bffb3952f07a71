package org.opentrade.facade.limits;

import jakarta.servlet.http.HttpServletRequest;
import org.opentrade.api.BusinessException;
import org.opentrade.facade.auth.Caller;
import org.opentrade.facade.auth.TokenVerifier;
import org.opentrade.facade.auth.apikey.ApiKeyFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;

/**
 * Whom a request counts against: on a route that takes a {@link Caller}, the user (a {@code Long} user id) named by
 * an admitted API key or by a bearer token whose signature verifies; on a public route, or without a verified caller,
 * the client address (a {@code String}: the TCP peer, or the client a trusted proxy forwarded). The session's
 * liveness is not checked here (the handler's own authentication does, and answers 401): a signed token is enough
 * to say whose share a request uses, and costs only the signature check.
 */
public class CallerKeys {
    static final String BEARER = "Bearer ";

    private final TokenVerifier tokens;

    public CallerKeys(TokenVerifier tokens) {
        this.tokens = tokens;
    }

    public Object of(HttpServletRequest request, HandlerMethod route) {
        if (takesCaller(route)) {
            if (request.getAttribute(ApiKeyFilter.CALLER) instanceof Caller signed) {
                return signed.userId();
            }
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                try {
                    return tokens.verify(header.substring(BEARER.length()).trim()).userId();
                } catch (BusinessException unauthenticated) {
                    // counted by address; the handler answers 401
                }
            }
        }
        return request.getRemoteAddr();
    }

    static boolean takesCaller(HandlerMethod route) {
        for (var parameter : route.getMethodParameters()) {
            if (parameter.getParameterType() == Caller.class) {
                return true;
            }
        }
        return false;
    }
}
