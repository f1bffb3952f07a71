package org.opentrade.trade.adapter.in.dubbo;

import org.apache.dubbo.config.annotation.DubboService;
import org.opentrade.api.diagnostics.PingService;

/**
 * The no-op the HTTP benchmark measures its ceiling with ({@link PingService}). It lives in trade-provider because
 * that is the provider the order routes call, so the ceiling crosses the same Dubbo connection they do.
 */
@DubboService
class PingEndpoint implements PingService {

    @Override
    public long ping(long nonce) {
        return nonce;
    }
}
