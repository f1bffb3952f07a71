package org.opentrade.payment.adapter.out.fund;

import org.apache.dubbo.common.constants.CommonConstants;
import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.rpc.Filter;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;
import org.apache.dubbo.rpc.RpcException;
import org.apache.seata.core.context.RootContext;

/**
 * Carries the Seata XID of the calling thread to the provider as the attachment {@value #XID_KEY} (lower case:
 * the triple protocol sends attachments as HTTP/2 headers). Seata 2.5's own filter targets Alibaba Dubbo only.
 */
@Activate(group = CommonConstants.CONSUMER)
public class SeataXidPropagation implements Filter {
    public static final String XID_KEY = "seata-xid";

    @Override
    public Result invoke(Invoker<?> invoker, Invocation invocation) throws RpcException {
        String xid = RootContext.getXID();
        if (xid != null) {
            invocation.setAttachment(XID_KEY, xid);
        }
        return invoker.invoke(invocation);
    }
}
