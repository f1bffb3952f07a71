package org.opentrade.facade.stream;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.opentrade.api.BusinessException;
import org.opentrade.facade.auth.Caller;
import org.opentrade.facade.auth.Authentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Authenticates the handshake once: the bearer token of the {@code Authorization} header, or the {@code token}
 * query parameter (browsers cannot set headers on a WebSocket). No token or a bad one still connects, anonymously:
 * the public channels work and {@code orders} answers UNAUTHENTICATED. A full instance answers 503.
 */
final class StreamHandshake implements HandshakeInterceptor {
    static final String CALLER = StreamHandshake.class.getName() + ".caller";
    static final String BEARER = "Bearer ";
    static final int TOKEN_LENGTH_MAX = 4096;

    private final Authentication authentication;
    private final StreamHub hub;

    StreamHandshake(Authentication authentication, StreamHub hub) {
        this.authentication = authentication;
        this.hub = hub;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        if (hub.full()) {
            response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
            return false;
        }
        String token = token(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION),
                UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams().getFirst("token"));
        if (token != null) {
            try {
                Caller caller = authentication.authenticate(token);
                attributes.put(CALLER, caller);
            } catch (BusinessException anonymous) {
                // stays anonymous; subscribing to orders says UNAUTHENTICATED
            }
        }
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
    }

    /** The header's bearer token, else the (URL-encoded) query parameter; null when neither is usable. */
    static String token(String authorizationOrNull, String queryTokenOrNull) {
        if (authorizationOrNull != null
                && authorizationOrNull.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = authorizationOrNull.substring(BEARER.length()).trim();
            return usable(token);
        }
        if (queryTokenOrNull != null) {
            try {
                return usable(UriUtils.decode(queryTokenOrNull, StandardCharsets.UTF_8).trim());
            } catch (IllegalArgumentException badEncoding) {
                return null;
            }
        }
        return null;
    }

    private static String usable(String token) {
        return token.isEmpty() || token.length() > TOKEN_LENGTH_MAX ? null : token;
    }
}
