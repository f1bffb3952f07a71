package org.opentrade.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentrade.api.diagnostics.PingService;
import org.opentrade.api.fund.FundService;
import org.opentrade.api.payment.PaymentService;
import org.opentrade.api.risk.RiskService;
import org.opentrade.api.trade.TradeService;
import org.opentrade.api.user.UserService;

/**
 * Every Dubbo method declares {@link BusinessException}. Dubbo's provider-side exception filter passes a declared
 * exception through quietly; an undeclared one it still passes (same jar as the interface) but first logs as an
 * ERROR with its stack, for every refused order, cancel or withdrawal (docs/adr/0002-errors-across-dubbo.md).
 */
class ServiceSignaturesTest {
    static final List<Class<?>> SERVICES = List.of(UserService.class, FundService.class, TradeService.class,
            PaymentService.class, RiskService.class, PingService.class);

    @Test
    void everyServiceMethodDeclaresBusinessException() {
        for (Class<?> service : SERVICES) {
            for (Method method : service.getDeclaredMethods()) {
                assertThat(Arrays.asList(method.getExceptionTypes()))
                        .as("%s.%s", service.getSimpleName(), method.getName())
                        .contains(BusinessException.class);
            }
        }
    }
}
