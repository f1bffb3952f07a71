package org.opentrade.facade.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.trade.CanceledOrders;
import org.opentrade.api.trade.FillPage;
import org.opentrade.api.trade.FillQuery;
import org.opentrade.api.trade.FillView;
import org.opentrade.api.trade.OrderPage;
import org.opentrade.api.trade.OrderQuery;
import org.opentrade.api.trade.OrderView;
import org.opentrade.api.trade.TradeService;
import org.opentrade.facade.error.ApiExceptionHandler;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.validation.beanvalidation.MethodValidationInterceptor;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The history routes keep their JSON arrays and name the next page in headers; from/to take ISO-8601 or epoch
 * milliseconds; bad input is a 400 with a code before trade-provider is asked; cancel-all answers the orders as
 * they ended and how many remain; /time answers the clock.
 */
class HistoryRoutesTest {
    static final long ALICE = 7;
    static final String NEXT = "ZjE6OTpCVEMtVVNEOjM";

    final TradeService trading = mock(TradeService.class);
    final Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05.678Z"), ZoneOffset.UTC);
    final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(validated(new HistoryController(trading)), validated(new OrderController(trading)),
                    new TimeController(clock))
            .setControllerAdvice(new ApiExceptionHandler())
            .setMessageConverters(new MappingJackson2HttpMessageConverter())
            .setCustomArgumentResolvers(new PingControllerTest.AnyCaller()).build();

    @Test
    void aFullPageOfFillsIsAnArrayWithTheNextCursorAndLinkHeaders() throws Exception {
        when(trading.fills(any(FillQuery.class))).thenReturn(new FillPage(List.of(fill()), NEXT));

        mvc.perform(get("/api/v1/fills?symbol=BTC-USD&limit=1&from=2026-01-01T00:00:00Z&to=1767323045678"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].tradeId").value("BTC-USD-3"))
                .andExpect(jsonPath("$[0].time").value("1970-01-01T00:00:00.009Z"))
                .andExpect(header().string("X-Next-Cursor", NEXT))
                .andExpect(header().string("Link", "</api/v1/fills?symbol=BTC-USD&limit=1"
                        + "&from=2026-01-01T00:00:00Z&to=1767323045678&cursor=" + NEXT + ">; rel=\"next\""));

        ArgumentCaptor<FillQuery> asked = ArgumentCaptor.forClass(FillQuery.class);
        verify(trading).fills(asked.capture());
        assertThat(asked.getValue()).isEqualTo(
                new FillQuery(ALICE, "BTC-USD", null, 1_767_225_600_000L, 1_767_323_045_678L, null, 1));
    }

    @Test
    void theNextLinkReplacesTheCursorItWasAskedWith() throws Exception {
        when(trading.listOrders(any(OrderQuery.class))).thenReturn(new OrderPage(List.of(order()), "bzE6Ng"));

        mvc.perform(get("/api/v1/orders?state=open&cursor=bzE6Nw"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].orderId").value("7"))
                .andExpect(header().string("Link", "</api/v1/orders?state=open&cursor=bzE6Ng>; rel=\"next\""));

        verify(trading).listOrders(new OrderQuery(ALICE, null, true, 0, 0, "bzE6Nw", 50));
    }

    @Test
    void theLastPageHasNeitherHeader() throws Exception {
        when(trading.fills(any(FillQuery.class))).thenReturn(new FillPage(List.of(fill()), null));

        mvc.perform(get("/api/v1/orders/7/fills"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].orderId").value("7"))
                .andExpect(header().doesNotExist("X-Next-Cursor"))
                .andExpect(header().doesNotExist("Link"));

        verify(trading).fills(new FillQuery(ALICE, null, "7", 0, 0, null, 50));
    }

    @Test
    void badLimitsCursorsAndTimesAre400sBeforeTradeProviderIsAsked() throws Exception {
        for (String[] bad : List.of(new String[]{"limit", "0"}, new String[]{"limit", "501"},
                new String[]{"cursor", "not a cursor!"}, new String[]{"cursor", "x".repeat(97)},
                new String[]{"from", "yesterday"}, new String[]{"to", "2026-13-01T00:00:00Z"},
                new String[]{"from", "0"})) {
            mvc.perform(get("/api/v1/fills").param(bad[0], bad[1]))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
            mvc.perform(get("/api/v1/orders").param(bad[0], bad[1]))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        }
        mvc.perform(get("/api/v1/orders/abc/fills"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        verify(trading, never()).fills(any(FillQuery.class));
        verify(trading, never()).listOrders(any(OrderQuery.class));
    }

    @Test
    void aCursorTradeProviderRefusesIsA400WithItsCode() throws Exception {
        when(trading.fills(any(FillQuery.class)))
                .thenThrow(new BusinessException(ErrorCode.VALIDATION_FAILED, "cursor is not one this API issued"));

        mvc.perform(get("/api/v1/fills").param("cursor", "bzE6Nw"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
    }

    @Test
    void cancelAllAnswersTheOrdersAsTheyEndedAndHowManyRemain() throws Exception {
        when(trading.cancelAll(ALICE, "BTC-USD")).thenReturn(new CanceledOrders(List.of(order()), 2));

        mvc.perform(delete("/api/v1/orders").param("symbol", "BTC-USD"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("CANCELED"))
                .andExpect(header().string("X-Remaining", "2"));
        mvc.perform(delete("/api/v1/orders").param("symbol", "X".repeat(17)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
    }

    @Test
    void timeAnswersTheClockInMillisecondsAndIso() throws Exception {
        mvc.perform(get("/api/v1/time"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.epochMs").value(1_767_323_045_678L))
                .andExpect(jsonPath("$.iso").value("2026-01-02T03:04:05.678Z"));
    }

    /** As the application context does it (@Validated through MethodValidationPostProcessor): a validating proxy. */
    @SuppressWarnings("unchecked")
    static <T> T validated(T controller) {
        ProxyFactory proxy = new ProxyFactory(controller);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(new MethodValidationInterceptor());
        return (T) proxy.getProxy();
    }

    private static FillView fill() {
        return new FillView("BTC-USD-3", "7", "BTC-USD", "BUY", 5L, 6L, 1L, "USD", "MAKER", 9L);
    }

    private static OrderView order() {
        return new OrderView("7", ALICE, "c-1", "BTC-USD", "BUY", "LIMIT", "GTC", 5L, 6L, 0L, false, "CANCELED",
                null, 9L);
    }
}
