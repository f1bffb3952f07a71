package org.opentrade.fund.adapter.in.dubbo;

import org.apache.dubbo.common.constants.CommonConstants;
import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.rpc.Filter;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;
import org.apache.dubbo.rpc.RpcException;
import org.apache.seata.core.context.RootContext;

/**
 * Binds the caller's Seata XID (attachment {@value #XID_KEY}, sent by payment-provider) to the serving thread for
 * the call, so a TCC action reached from it joins the caller's global transaction; unbinds afterwards, since
 * threads are pooled. Seata 2.5's own filter targets Alibaba Dubbo only.
 */
@Activate(group = CommonConstants.PROVIDER)
public class SeataXidBinding implements Filter {
    public static final String XID_KEY = "seata-xid";

    @Override
    public Result invoke(Invoker<?> invoker, Invocation invocation) throws RpcException {
        String xid = invocation.getAttachment(XID_KEY);
        if (xid == null || xid.isBlank()) {
            return invoker.invoke(invocation);
        }
        RootContext.bind(xid);
        try {
            return invoker.invoke(invocation);
        } finally {
            RootContext.unbind();
        }
    }
}
