package org.opentrade.facade.error;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.opentrade.api.ErrorCode;

/**
 * The body of every error answer (DESIGN.md, HTTP API v1). {@code rule} names the pre-trade rule of a RISK_REJECTED
 * answer and is left out of every other one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String code, String message, String requestId, String rule) {

    public ApiError(String code, String message, String requestId) {
        this(code, message, requestId, null);
    }

    public static ApiError of(ErrorCode code, String requestId) {
        return new ApiError(code.name(), code.defaultMessage(), requestId);
    }

    /**
     * The same body as Jackson writes it, for the few places that answer outside Spring MVC and have no ObjectMapper
     * (Tomcat's error valve, a refused WebSocket handshake).
     */
    public String json() {
        return "{\"code\":" + quoted(code) + ",\"message\":" + quoted(message) + ",\"requestId\":" + quoted(requestId)
                + (rule == null ? "" : ",\"rule\":" + quoted(rule)) + "}";
    }

    /**
     * Answers with this body where Spring MVC does not (a servlet filter, an interceptor that refuses): STATUS, the
     * retry headers of a 429 or 503 ({@link RetryAdvice#forAnswer}), JSON in UTF-8.
     */
    public void writeTo(HttpServletResponse response, int status, RetryAdvice advice) throws IOException {
        response.setStatus(status);
        if (advice != null) {
            advice.writeTo(response);
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json());
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
