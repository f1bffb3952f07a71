package org.opentrade.api.diagnostics;

import org.opentrade.api.BusinessException;

/**
 * A Dubbo call that does nothing. It exists to measure the floor every route stands on: HTTP, the facade's
 * authentication and flow control, one Dubbo round trip through Nacos discovery, and back. The benchmark's
 * "no-op ceiling" ({@code GET /api/v1/ping}) is the most requests per second any route can reach on a machine, so
 * a business route's throughput can be read against it.
 */
public interface PingService {

    /** Answers {@code nonce} unchanged; touches no state, no database, no other service. */
    long ping(long nonce) throws BusinessException;
}
