package org.opentrade.facade.stream;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.facade.auth.Caller;
import org.opentrade.facade.auth.Authentication;
import org.springframework.http.HttpHeaders;
import org.opentrade.facade.error.ApiError;
import org.opentrade.facade.error.RequestIds;
import org.opentrade.facade.error.RetryAdvice;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Authenticates the handshake once: the bearer token of the {@code Authorization} header, or the {@code token}
 * query parameter (browsers cannot set headers on a WebSocket). No token or a bad one still connects, anonymously:
 * the public channels work and {@code orders} answers UNAUTHENTICATED. A full instance answers 503; a user or an
 * address that already holds its cap of sessions answers 429 TOO_MANY_STREAMS in the API's error shape.
 */
final class StreamHandshake implements HandshakeInterceptor {
    static final String CALLER = StreamHandshake.class.getName() + ".caller";
    static final String ADDRESS = StreamHandshake.class.getName() + ".address";
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
            response.getHeaders().addAll(RetryAdvice.unavailable(1).headers());
            return false;
        }
        String token = token(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION),
                UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams().getFirst("token"));
        Caller caller = null;
        if (token != null) {
            try {
                caller = authentication.authenticate(token);
                attributes.put(CALLER, caller);
            } catch (BusinessException anonymous) {
                // stays anonymous; subscribing to orders says UNAUTHENTICATED
            }
        }
        String address = address(request);
        attributes.put(ADDRESS, address);
        if (!hub.admits(address, caller == null ? null : caller.userId())) {
            refuse(response, request);
            return false;
        }
        return true;
    }

    /** The servlet's remote address: the TCP peer, or the client a trusted proxy forwarded (RemoteIpValve). */
    static String address(ServerHttpRequest request) {
        if (request instanceof ServletServerHttpRequest servlet) {
            return servlet.getServletRequest().getRemoteAddr();
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    private static void refuse(ServerHttpResponse response, ServerHttpRequest request) {
        ErrorCode code = ErrorCode.TOO_MANY_STREAMS;
        response.setStatusCode(HttpStatusCode.valueOf(code.httpStatus()));
        // a cap on open streams, not a rate: no RateLimit-Limit; a second is a fair time to try again after a close
        response.getHeaders().addAll(new RetryAdvice(0, 1, true).headers());
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        String requestId = request instanceof ServletServerHttpRequest servlet
                ? RequestIds.of(servlet.getServletRequest()) : UUID.randomUUID().toString();
        try {
            response.getBody().write(ApiError.of(code, requestId).json().getBytes(StandardCharsets.UTF_8));
        } catch (IOException gone) {
            // the client left; the status line is all it would have read
        }
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
