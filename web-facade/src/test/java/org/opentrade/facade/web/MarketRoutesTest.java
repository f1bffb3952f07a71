package org.opentrade.facade.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.trade.CandleInterval;
import org.opentrade.api.trade.CandleQuery;
import org.opentrade.api.trade.CandleView;
import org.opentrade.api.trade.TickerView;
import org.opentrade.api.trade.TradeService;
import org.opentrade.facade.error.ApiExceptionHandler;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Candles and tickers over HTTP: the query reaches trade-provider with its times as epoch milliseconds, figures print as
 * decimal strings and ISO-8601 times, a symbol that never traded has null prices, and bad input is a 400 with a code
 * before trade-provider is asked.
 */
class MarketRoutesTest {
    static final long ONE = 100_000_000L;

    final TradeService trading = mock(TradeService.class);
    final MockMvc mvc = MockMvcBuilders.standaloneSetup(HistoryRoutesTest.validated(new MarketController(trading)))
            .setControllerAdvice(new ApiExceptionHandler())
            .setMessageConverters(new MappingJackson2HttpMessageConverter()).build();

    @Test
    void candlesAreAskedForWithTheirWindowAndPrintedOldestFirst() throws Exception {
        when(trading.candles(any(CandleQuery.class))).thenReturn(List.of(
                new CandleView("BTC-USD", CandleInterval.H4, 1_767_225_600_000L, 100 * ONE, 110 * ONE, 95 * ONE,
                        105 * ONE + ONE / 2, 3 * ONE / 2, 155 * ONE, 4)));

        mvc.perform(get("/api/v1/market/BTC-USD/candles?interval=4h&from=2026-01-01T00:00:00Z&to=1767312000000&limit=2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].openTime").value("2026-01-01T00:00:00Z"))
                .andExpect(jsonPath("$[0].closeTime").value("2026-01-01T04:00:00Z"))
                .andExpect(jsonPath("$[0].open").value("100"))
                .andExpect(jsonPath("$[0].close").value("105.5"))
                .andExpect(jsonPath("$[0].volume").value("1.5"))
                .andExpect(jsonPath("$[0].quoteVolume").value("155"))
                .andExpect(jsonPath("$[0].trades").value(4));

        ArgumentCaptor<CandleQuery> asked = ArgumentCaptor.forClass(CandleQuery.class);
        verify(trading).candles(asked.capture());
        assertThat(asked.getValue()).isEqualTo(
                new CandleQuery("BTC-USD", CandleInterval.H4, 1_767_225_600_000L, 1_767_312_000_000L, 2));
    }

    @Test
    void withoutAWindowTheNewest500AreAskedFor() throws Exception {
        when(trading.candles(any(CandleQuery.class))).thenReturn(List.of());
        mvc.perform(get("/api/v1/market/BTC-USD/candles?interval=1m")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        verify(trading).candles(new CandleQuery("BTC-USD", CandleInterval.M1, 0, 0, 500));
    }

    @Test
    void badIntervalsLimitsAndWindowsAre400sBeforeTradeProviderIsAsked() throws Exception {
        for (String query : List.of("", "interval=", "interval=2m", "interval=1M", "interval=1m&limit=0",
                "interval=1m&limit=1001", "interval=1m&limit=x", "interval=1m&from=yesterday",
                "interval=1m&from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", "interval=1m&from=5&to=5",
                "interval=1m&to=-3")) {
            mvc.perform(get("/api/v1/market/BTC-USD/candles?" + query))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        }
        verify(trading, never()).candles(any());
    }

    @Test
    void anUnknownSymbolIsTradeProvidersUnknownSymbol() throws Exception {
        when(trading.candles(any(CandleQuery.class)))
                .thenThrow(new BusinessException(ErrorCode.UNKNOWN_SYMBOL, "unknown symbol: DOGE-USD"));
        when(trading.ticker("DOGE-USD")).thenThrow(new BusinessException(ErrorCode.UNKNOWN_SYMBOL, "unknown symbol"));

        mvc.perform(get("/api/v1/market/DOGE-USD/candles?interval=1m"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("UNKNOWN_SYMBOL"));
        mvc.perform(get("/api/v1/market/DOGE-USD/ticker"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("UNKNOWN_SYMBOL"));
    }

    @Test
    void aTickerPrintsItsChangeAndItsWindow() throws Exception {
        when(trading.ticker("BTC-USD")).thenReturn(new TickerView("BTC-USD", 97 * ONE, 100 * ONE, 105 * ONE, 95 * ONE,
                4 * ONE, 398 * ONE, 4, 1_767_139_260_000L, 1_767_225_630_000L, 17));

        mvc.perform(get("/api/v1/market/BTC-USD/ticker")).andExpect(status().isOk())
                .andExpect(jsonPath("$.symbol").value("BTC-USD"))
                .andExpect(jsonPath("$.last").value("97"))
                .andExpect(jsonPath("$.open").value("100"))
                .andExpect(jsonPath("$.high").value("105"))
                .andExpect(jsonPath("$.low").value("95"))
                .andExpect(jsonPath("$.change").value("-3"))
                .andExpect(jsonPath("$.changePercent").value("-3.00"))
                .andExpect(jsonPath("$.volume").value("4"))
                .andExpect(jsonPath("$.quoteVolume").value("398"))
                .andExpect(jsonPath("$.trades").value(4))
                .andExpect(jsonPath("$.openTime").value("2025-12-31T00:01:00Z"))
                .andExpect(jsonPath("$.closeTime").value("2026-01-01T00:00:30Z"));
    }

    @Test
    void aSymbolThatNeverTradedHasNullPricesAndZeroVolumes() throws Exception {
        when(trading.tickers()).thenReturn(List.of(new TickerView("ETH-USD", 0, 0, 0, 0, 0, 0, 0, 1_767_139_260_000L,
                1_767_225_630_000L, 0)));

        mvc.perform(get("/api/v1/market/tickers")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].symbol").value("ETH-USD"))
                .andExpect(jsonPath("$[0].last").doesNotExist())
                .andExpect(jsonPath("$[0].changePercent").doesNotExist())
                .andExpect(jsonPath("$[0].volume").value("0"))
                .andExpect(jsonPath("$[0].trades").value(0));
    }
}
