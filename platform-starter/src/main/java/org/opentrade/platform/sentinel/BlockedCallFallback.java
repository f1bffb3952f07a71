package org.opentrade.platform.sentinel;

import com.alibaba.csp.sentinel.adapter.dubbo3.fallback.DubboFallback;
import com.alibaba.csp.sentinel.slots.block.BlockException;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeException;
import org.apache.dubbo.rpc.AsyncRpcResult;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;
import org.apache.dubbo.rpc.RpcException;

/**
 * What a Dubbo call that Sentinel refused answers its caller: an {@link RpcException} whose cause is the
 * BlockException. The adapter's default answers a bare RuntimeException without the cause, which callers cannot tell
 * from a defect (the facade answered 500). As an RpcException it is handled where "provider unavailable" already is
 * (cached fallbacks, "not placed" for an order, 503 in the facade, SERVICE_UNAVAILABLE in a provider), and the cause
 * tells an open circuit (503, retry after its window) from a flow rule (429). Never a timeout or a network failure:
 * the call was not sent.
 */
final class BlockedCallFallback implements DubboFallback {

    @Override
    public Result handle(Invoker<?> invoker, Invocation invocation, BlockException blocked) {
        return AsyncRpcResult.newDefaultAsyncResult(refusal(invoker.getInterface().getSimpleName(), blocked),
                invocation);
    }

    static RpcException refusal(String service, BlockException blocked) {
        if (blocked instanceof DegradeException) {
            return new RpcException(RpcException.NO_INVOKER_AVAILABLE_AFTER_FILTER,
                    service + " is unavailable (circuit open); retry later", blocked);
        }
        return new RpcException(RpcException.LIMIT_EXCEEDED_EXCEPTION,
                "calls to " + service + " are limited (" + blocked.getClass().getSimpleName() + ")", blocked);
    }
}
