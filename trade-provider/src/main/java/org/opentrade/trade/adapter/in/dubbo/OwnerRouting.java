package org.opentrade.trade.adapter.in.dubbo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.dubbo.config.ReferenceConfig;
import org.apache.dubbo.rpc.RpcContext;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.trade.TradeService;
import org.opentrade.trade.application.engine.EngineOwnership;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Orders reach the engine owner: a standby passes engine calls to the owner over a direct Dubbo connection to the
 * address the owner published with its lease. A call is passed on at most once (an attachment marks it), so two
 * processes that disagree about the owner answer 503 instead of bouncing a call between them. The connection speaks
 * the protocol every trade-provider serves ({@code dubbo.protocol.name}): a client of another protocol on that port
 * is not refused but never answered, so every forwarded call would wait out its timeout.
 */
@Component
class OwnerRouting {

    static final String FORWARDED = "opentrade-forwarded";
    static final int FORWARD_TIMEOUT_MS = 14_000;

    private final EngineOwnership ownership;
    private final String protocol;
    private final Map<String, TradeService> owners = new ConcurrentHashMap<>();

    OwnerRouting(EngineOwnership ownership, @Value("${dubbo.protocol.name}") String protocol) {
        this.ownership = ownership;
        this.protocol = protocol;
    }

    boolean local() {
        return ownership.ownsEngines();
    }

    TradeService owner() {
        if (RpcContext.getServerAttachment().getAttachment(FORWARDED) != null) {
            throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "the matching engines are changing owner; retry");
        }
        String address = ownership.ownerAddress()
                .orElseThrow(() -> new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "no matching engine owner yet"));
        TradeService owner = owners.computeIfAbsent(address, this::connect);
        RpcContext.getClientAttachment().setAttachment(FORWARDED, "1");
        return owner;
    }

    private TradeService connect(String address) {
        ReferenceConfig<TradeService> reference = new ReferenceConfig<>();
        reference.setInterface(TradeService.class);
        reference.setUrl(protocol + "://" + address);
        reference.setTimeout(FORWARD_TIMEOUT_MS);
        reference.setRetries(0);
        reference.setCheck(false);
        return reference.get();
    }
}
