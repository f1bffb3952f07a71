package org.opentrade.platform.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opentrade.api.ErrorCode;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Routes under {@code /internal/} (e.g. trade-provider's engine status, which lists every resting order with its
 * owner) answer only a caller on the same host: an operator on the machine, or through {@code kubectl port-forward}
 * in a cluster. Anyone else gets the same 404 as for a route that does not exist. The remote address is the TCP
 * peer's: providers trust no forwarded header (only web-facade does, and it has no internal routes).
 */
final class LoopbackOnlyRoutes extends OncePerRequestFilter {
    static final String PREFIX = "/internal/";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isLoopback(request.getRemoteAddr())) {
            chain.doFilter(request, response);
        } else {
            JsonRefusal.write(response, ErrorCode.NOT_FOUND, "no such route");
        }
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            // a literal IP never causes a DNS lookup
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }
}
