package org.opentrade.platform.dubbo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.dubbo.rpc.AppResponse;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Result;
import org.apache.dubbo.rpc.RpcException;
import org.apache.dubbo.rpc.RpcInvocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;

/** Every call lands in one timer per side, service, method and outcome, and the number of methods is bounded. */
class DubboCallMetricsTest {
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final DubboCallTimers timers = new DubboCallTimers(meters).install();

    @AfterEach
    void uninstall() {
        timers.close();
    }

    @Test
    void aCallIsTimedByItsSideServiceMethodAndOutcome() {
        call(new DubboCallMetrics.Provider(), "ping", new AppResponse("pong"));
        call(new DubboCallMetrics.Provider(), "ping", new AppResponse("pong"));
        call(new DubboCallMetrics.Provider(), "ping", new AppResponse(new BusinessException(ErrorCode.INSUFFICIENT_FUNDS)));
        call(new DubboCallMetrics.Consumer(), "ping",
                new AppResponse(new BusinessException(ErrorCode.SERVICE_UNAVAILABLE)));

        assertThat(timer("provider", "ping", "ok").count()).isEqualTo(2);
        assertThat(timer("provider", "ping", "business").count()).isEqualTo(1);
        assertThat(timer("consumer", "ping", "error").count()).isEqualTo(1);
    }

    @Test
    void prometheusGetsHistogramBucketsForP50AndP99() {
        PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (DubboCallTimers installed = new DubboCallTimers(prometheus).install()) {
            call(new DubboCallMetrics.Provider(), "ping", new AppResponse("pong"));
        }

        assertThat(prometheus.scrape()).contains("opentrade_dubbo_calls_seconds_bucket{method=\"ping\",outcome=\"ok\","
                + "service=\"Runnable\",side=\"provider\",le=\"0.001\"}");
    }

    @Test
    void aFailureOfTheInvocationItselfIsAnError() {
        DubboCallMetrics filter = new DubboCallMetrics.Consumer();
        Invocation invocation = new RpcInvocation();
        ((RpcInvocation) invocation).setMethodName("ping");
        filter.invoke(new FixedInvoker(new AppResponse("unused")), invocation);
        filter.onError(new RpcException(RpcException.TIMEOUT_EXCEPTION, "timed out"), new FixedInvoker(null), invocation);

        assertThat(timer("consumer", "ping", "error").count()).isEqualTo(1);
    }

    @Test
    void methodsBeyondTheBoundShareOneTimer() {
        for (int i = 0; i < DubboCallTimers.METHODS_MAX + 10; i++) {
            call(new DubboCallMetrics.Provider(), "m" + i, new AppResponse("ok"));
        }

        assertThat(meters.find(DubboCallTimers.NAME).timers()).hasSize(DubboCallTimers.METHODS_MAX + 1);
        assertThat(meters.get(DubboCallTimers.NAME).tag("method", DubboCallTimers.OTHER).timer().count()).isEqualTo(10);
    }

    @Test
    void withoutARegistryTheFilterOnlyPassesTheCallOn() {
        timers.close();
        Result answer = call(new DubboCallMetrics.Provider(), "ping", new AppResponse("pong"));

        assertThat(answer.getValue()).isEqualTo("pong");
        assertThat(meters.getMeters()).isEmpty();
    }

    private Result call(DubboCallMetrics filter, String method, AppResponse response) {
        RpcInvocation invocation = new RpcInvocation();
        invocation.setMethodName(method);
        FixedInvoker invoker = new FixedInvoker(response);
        Result result = filter.invoke(invoker, invocation);
        filter.onResponse(result, invoker, invocation);
        return result;
    }

    private Timer timer(String side, String method, String outcome) {
        return meters.get(DubboCallTimers.NAME).tag("side", side).tag("service", "Runnable").tag("method", method)
                .tag("outcome", outcome).timer();
    }
}
