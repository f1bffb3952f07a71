package org.opentrade.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opentrade.api.ErrorCode;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/prometheus} answers only with {@code Authorization: Bearer <OPENTRADE_PROMETHEUS_TOKEN>} (a
 * Prometheus scrape job's {@code authorization} setting). Without a configured token (the local profile, whose ports
 * are bound to 127.0.0.1) it is open, so the local stack's scripts and tests read it as before.
 */
final class PrometheusToken extends OncePerRequestFilter {
    static final String PATH = "/actuator/prometheus";
    private static final String BEARER = "Bearer ";

    private final byte[] token;

    PrometheusToken(String tokenOrBlank) {
        this.token = tokenOrBlank == null || tokenOrBlank.isBlank() ? null : tokenOrBlank.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return token == null || !request.getRequestURI().startsWith(PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (presented(request.getHeader("Authorization"))) {
            chain.doFilter(request, response);
        } else {
            JsonRefusal.write(response, ErrorCode.UNAUTHENTICATED, "metrics require the scrape token");
        }
    }

    /** Compared in constant time: the answer's timing says nothing about how much of a guess was right. */
    boolean presented(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        byte[] offered = authorization.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(offered, token);
    }
}
