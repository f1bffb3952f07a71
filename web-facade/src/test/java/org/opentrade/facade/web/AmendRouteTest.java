package org.opentrade.facade.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.trade.AmendOrderCommand;
import org.opentrade.api.trade.OrderView;
import org.opentrade.api.trade.TradeService;
import org.opentrade.facade.error.ApiExceptionHandler;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * PATCH /api/v1/orders/{orderId}: decimal strings become units, a term left out is sent as 0 ("unchanged"), a body
 * with neither or with a bad number is a 400 before trade-provider is asked, and its refusals keep their codes.
 */
class AmendRouteTest {
    static final long ALICE = 7;

    final TradeService trading = mock(TradeService.class);
    final MockMvc mvc = MockMvcBuilders.standaloneSetup(HistoryRoutesTest.validated(new OrderController(trading)))
            .setControllerAdvice(new ApiExceptionHandler())
            .setMessageConverters(new MappingJackson2HttpMessageConverter())
            .setCustomArgumentResolvers(new PingControllerTest.AnyCaller()).build();

    @Test
    void theNewTermsReachTradeProviderInUnitsAndTheAmendedOrderIsAnswered() throws Exception {
        when(trading.amendOrder(any())).thenReturn(new OrderView("42", ALICE, "c-1", "BTC-USD", "BUY", "LIMIT", "GTC",
                3_000_000_000L, 50_000_000L, 10_000_000L, false, "PARTIALLY_FILLED", null, 9L));

        amend("42", "{\"price\":\"30\",\"quantity\":\"0.5\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderId").value("42"))
                .andExpect(jsonPath("$.price").value("30"))
                .andExpect(jsonPath("$.quantity").value("0.5"))
                .andExpect(jsonPath("$.filledQuantity").value("0.1"));

        ArgumentCaptor<AmendOrderCommand> asked = ArgumentCaptor.forClass(AmendOrderCommand.class);
        verify(trading).amendOrder(asked.capture());
        assertThat(asked.getValue()).isEqualTo(new AmendOrderCommand(ALICE, "42", 3_000_000_000L, 50_000_000L));
    }

    @Test
    void aTermLeftOutIsSentAsUnchanged() throws Exception {
        when(trading.amendOrder(any())).thenReturn(new OrderView("42", ALICE, "c-1", "BTC-USD", "BUY", "LIMIT", "GTC",
                1L, 2L, 0L, false, "NEW", null, 9L));

        amend("42", "{\"quantity\":\"2\"}").andExpect(status().isOk());

        ArgumentCaptor<AmendOrderCommand> asked = ArgumentCaptor.forClass(AmendOrderCommand.class);
        verify(trading).amendOrder(asked.capture());
        assertThat(asked.getValue()).isEqualTo(new AmendOrderCommand(ALICE, "42", 0, 200_000_000L));
    }

    @Test
    void aBadBodyIsA400BeforeTradeProviderIsAsked() throws Exception {
        amend("42", "{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        amend("42", "{\"price\":\"-1\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PRICE"));
        amend("42", "{\"quantity\":\"1e3\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_QUANTITY"));
        amend("42", "{\"price\":").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        amend("not-an-id", "{\"price\":\"1\"}").andExpect(status().isBadRequest());
        verify(trading, never()).amendOrder(any());
    }

    @Test
    void refusalsKeepTheirCodesAndStatuses() throws Exception {
        when(trading.amendOrder(any()))
                .thenThrow(new BusinessException(ErrorCode.ORDER_NOT_FOUND, "order not found: 42"))
                .thenThrow(new BusinessException(ErrorCode.ORDER_NOT_AMENDABLE, "MARKET IOC"))
                .thenThrow(new BusinessException(ErrorCode.AMEND_BELOW_FILLED, "below filled"));

        amend("42", "{\"price\":\"1\"}").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ORDER_NOT_FOUND"));
        amend("42", "{\"price\":\"1\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ORDER_NOT_AMENDABLE"));
        amend("42", "{\"price\":\"1\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("AMEND_BELOW_FILLED"));
    }

    private ResultActions amend(String orderId, String body) throws Exception {
        return mvc.perform(patch("/api/v1/orders/" + orderId).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
