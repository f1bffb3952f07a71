package org.opentrade.banksandbox.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.opentrade.banksandbox.config.SandboxProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies over the configured size before anything reads them, and bodies of unknown length (chunked),
 * which could otherwise be of any size. Every client we expect sends Content-Length.
 */
@Component
class RequestBodyLimit extends OncePerRequestFilter {

    private final long bytesMax;

    RequestBodyLimit(SandboxProperties properties) {
        this.bytesMax = properties.requestBodyBytesMax();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean hasBody = length > 0 || request.getHeader("Transfer-Encoding") != null;
        if (hasBody && length < 0) {
            refuse(response, HttpServletResponse.SC_LENGTH_REQUIRED, "LENGTH_REQUIRED", "send a Content-Length");
            return;
        }
        if (length > bytesMax) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "BODY_TOO_LARGE",
                    "the body may have at most " + bytesMax + " bytes");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, int status, String code, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // code and message are constants of ours: no escaping needed
        response.getWriter().write("{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}");
    }
}
