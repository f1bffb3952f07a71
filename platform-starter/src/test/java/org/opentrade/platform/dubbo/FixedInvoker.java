package org.opentrade.platform.dubbo;

import org.apache.dubbo.common.URL;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;

/** A provider of {@code Runnable} (its interface names the service) that answers what it was given; for filter tests. */
record FixedInvoker(Result answer) implements Invoker<Runnable> {
    @Override
    public Class<Runnable> getInterface() {
        return Runnable.class;
    }

    @Override
    public Result invoke(Invocation invocation) {
        return answer;
    }

    @Override
    public URL getUrl() {
        return null;
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public void destroy() {
    }
}
