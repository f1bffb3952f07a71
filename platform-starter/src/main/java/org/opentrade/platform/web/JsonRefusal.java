package org.opentrade.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.opentrade.api.ErrorCode;

/**
 * A refusal written by a servlet filter, before any controller, in the API's error shape
 * {@code {code, message, requestId}}: the request id the facade already gave the request when there is one.
 */
final class JsonRefusal {
    static final String REQUEST_ID_HEADER = "X-Request-Id";

    private JsonRefusal() {
    }

    static void write(HttpServletResponse response, ErrorCode code, String message) throws IOException {
        String requestId = response.getHeader(REQUEST_ID_HEADER);
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
            response.setHeader(REQUEST_ID_HEADER, requestId);
        }
        response.setStatus(code.httpStatus());
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // code and requestId are [A-Za-z0-9._-]; message is ours and has no quote or backslash
        response.getWriter().write("{\"code\":\"" + code.name() + "\",\"message\":\"" + message
                + "\",\"requestId\":\"" + requestId + "\"}");
    }
}
