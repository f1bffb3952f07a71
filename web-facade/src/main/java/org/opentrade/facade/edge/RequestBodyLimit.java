package org.opentrade.facade.edge;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opentrade.api.ErrorCode;
import org.opentrade.facade.error.ApiError;
import org.opentrade.facade.error.RequestIds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body is read past {@code opentrade.http.request-body-bytes-max} (64 KiB; the largest legitimate body,
 * an order, is under 1 KiB): a declared Content-Length above it is refused before anything reads it, and a body
 * without one is cut off at the cap ({@link BodyTooLarge}). Both answer 413 PAYLOAD_TOO_LARGE.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class RequestBodyLimit extends OncePerRequestFilter {
    private final long bytesMax;

    public RequestBodyLimit(@Value("${opentrade.http.request-body-bytes-max:65536}") long bytesMax) {
        this.bytesMax = bytesMax;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > bytesMax) {
            ErrorCode code = ErrorCode.PAYLOAD_TOO_LARGE;
            response.setStatus(code.httpStatus());
            // the body stays unread here; Tomcat drains at most server.tomcat.max-swallow-size of it, then drops the
            // connection after a 413
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write(ApiError.of(code, RequestIds.of(request)).json());
            return;
        }
        chain.doFilter(mayHaveBody(request) ? new CappedRequest(request, bytesMax) : request, response);
    }

    /** A GET without a declared body (e.g. the WebSocket upgrade) goes through unwrapped. */
    static boolean mayHaveBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }
}
