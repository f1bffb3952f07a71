package org.opentrade.facade.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.fund.FundService;
import org.opentrade.api.fund.LedgerEntryView;
import org.opentrade.api.fund.LedgerPage;
import org.opentrade.api.fund.LedgerQuery;
import org.opentrade.api.fund.StatementLine;
import org.opentrade.api.fund.StatementQuery;
import org.opentrade.api.fund.TransferPage;
import org.opentrade.api.fund.TransferQuery;
import org.opentrade.api.fund.TransferView;
import org.opentrade.api.payment.PaymentPage;
import org.opentrade.api.payment.PaymentQuery;
import org.opentrade.api.payment.PaymentService;
import org.opentrade.api.payment.PaymentView;
import org.opentrade.facade.error.ApiExceptionHandler;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Deposits, withdrawals, transfers and the ledger page like orders and fills: the same parameters (limit, cursor,
 * from/to), the same X-Next-Cursor and Link headers, API v1 bodies (arrays; the ledger's object), the same 400s before
 * any provider is asked. The ledger keeps its old parameters. The statement is CSV with exact decimals.
 */
class AccountHistoryRoutesTest {
    static final long ALICE = 7;
    static final String NEXT = "bDE6OToy";
    static final String[] LIST_ROUTES = {"/api/v1/deposits", "/api/v1/withdrawals", "/api/v1/transfers",
        "/api/v1/ledger"};

    final FundService funds = mock(FundService.class);
    final PaymentService payments = mock(PaymentService.class);
    final MockMvc mvc;

    AccountHistoryRoutesTest() {
        Object[] paymentRoutes = {new DepositController(), new WithdrawalController()};
        Object[] fundRoutes = {new TransferController(), new LedgerController(), new StatementController()};
        List.of(paymentRoutes).forEach(controller -> ReflectionTestUtils.setField(controller, "payments", payments));
        List.of(fundRoutes).forEach(controller -> ReflectionTestUtils.setField(controller, "funds", funds));
        Object[] controllers = java.util.stream.Stream.concat(List.of(paymentRoutes).stream(),
                List.of(fundRoutes).stream()).map(HistoryRoutesTest::validated).toArray();
        mvc = MockMvcBuilders.standaloneSetup(controllers)
                .setControllerAdvice(new ApiExceptionHandler())
                .setMessageConverters(new StringHttpMessageConverter(), new MappingJackson2HttpMessageConverter())
                .setCustomArgumentResolvers(new PingControllerTest.AnyCaller()).build();
    }

    @Test
    void aPageOfDepositsIsAnArrayWithTheNextCursorAndLinkHeaders() throws Exception {
        when(payments.listPayments(any(PaymentQuery.class))).thenReturn(new PaymentPage(List.of(
                new PaymentView("Dabc", ALICE, "DEPOSIT", "USD", 1_250_000_000L, "SUCCEEDED", 9L)), NEXT));

        mvc.perform(get("/api/v1/deposits?limit=1&from=2026-01-01T00:00:00Z&to=1767323045678"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].depositId").value("Dabc"))
                .andExpect(jsonPath("$[0].amount").value("12.5"))
                .andExpect(header().string("X-Next-Cursor", NEXT))
                .andExpect(header().string("Link", "</api/v1/deposits?limit=1&from=2026-01-01T00:00:00Z"
                        + "&to=1767323045678&cursor=" + NEXT + ">; rel=\"next\""));

        verify(payments).listPayments(
                new PaymentQuery(ALICE, "DEPOSIT", 1_767_225_600_000L, 1_767_323_045_678L, null, 1));
    }

    @Test
    void theLastPageOfWithdrawalsHasNeitherHeaderAndTheDefaultLimitIsFifty() throws Exception {
        when(payments.listPayments(any(PaymentQuery.class))).thenReturn(new PaymentPage(List.of(
                new PaymentView("Wabc", ALICE, "WITHDRAWAL", "BTC", 50_000_000L, "PENDING", 9L)), null));

        mvc.perform(get("/api/v1/withdrawals?cursor=" + NEXT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].withdrawalId").value("Wabc"))
                .andExpect(header().doesNotExist("X-Next-Cursor"))
                .andExpect(header().doesNotExist("Link"));

        verify(payments).listPayments(new PaymentQuery(ALICE, "WITHDRAWAL", 0, 0, NEXT, 50));
    }

    @Test
    void transfersAreListedWithWhatWasSentToWhomAndWhen() throws Exception {
        when(funds.listTransfers(any(TransferQuery.class))).thenReturn(new TransferPage(List.of(
                new TransferView("99", ALICE, 1043, "BTC", 150_000_000L, "COMPLETED", 1_767_323_045_678L)), NEXT));

        mvc.perform(get("/api/v1/transfers?limit=3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].transferId").value("99"))
                .andExpect(jsonPath("$[0].status").value("COMPLETED"))
                .andExpect(jsonPath("$[0].toUserId").value("1043"))
                .andExpect(jsonPath("$[0].asset").value("BTC"))
                .andExpect(jsonPath("$[0].amount").value("1.5"))
                .andExpect(jsonPath("$[0].createdAt").value("2026-01-02T03:04:05.678Z"))
                .andExpect(header().string("Link", "</api/v1/transfers?limit=3&cursor=" + NEXT + ">; rel=\"next\""));

        verify(funds).listTransfers(new TransferQuery(ALICE, 0, 0, null, 3));
    }

    @Test
    void theLedgerKeepsItsBodyAndItsParametersAndNamesTheNextPageInHeadersToo() throws Exception {
        when(funds.ledger(any(LedgerQuery.class))).thenReturn(new LedgerPage(List.of(
                new LedgerEntryView("12", "USD", "AVAILABLE", -300_000_000L, "TRANSFER_OUT", "transfer-99", 9L)), NEXT));

        mvc.perform(get("/api/v1/ledger?asset=USD&limit=2&cursor=12345"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].entryId").value("12"))
                .andExpect(jsonPath("$.entries[0].amount").value("-3"))
                .andExpect(jsonPath("$.nextCursor").value(NEXT))
                .andExpect(header().string("X-Next-Cursor", NEXT))
                .andExpect(header().string("Link", "</api/v1/ledger?asset=USD&limit=2&cursor=" + NEXT
                        + ">; rel=\"next\""));

        verify(funds).ledger(new LedgerQuery(ALICE, "USD", 0, 0, "12345", 2));
    }

    @Test
    void badLimitsCursorsAndTimesAre400sOnEveryListBeforeAnyProviderIsAsked() throws Exception {
        for (String route : LIST_ROUTES) {
            for (String[] bad : List.of(new String[]{"limit", "0"}, new String[]{"limit", "501"},
                    new String[]{"limit", "many"}, new String[]{"cursor", "not a cursor!"},
                    new String[]{"cursor", "x".repeat(97)}, new String[]{"from", "yesterday"},
                    new String[]{"to", "2026-13-01T00:00:00Z"}, new String[]{"from", "0"})) {
                mvc.perform(get(route).param(bad[0], bad[1]))
                        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
            }
        }
        mvc.perform(get("/api/v1/ledger?asset=DOGE"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("UNKNOWN_ASSET"));
        verifyNoInteractions(funds, payments);
    }

    @Test
    void aStatementIsCsvWithOneHeaderLineAndExactDecimals() throws Exception {
        when(funds.statement(any(StatementQuery.class))).thenReturn(List.of(
                new StatementLine(new LedgerEntryView("11", "USD", "AVAILABLE", 1_000_000_000_000L, "DEPOSIT",
                        "DEPOSIT:Dabc", 1_767_225_600_000L), 1_000_000_000_000L),
                new StatementLine(new LedgerEntryView("12", "USD", "FROZEN", 1L, "FREEZE", "order,7", 1_767_225_600_001L),
                        1L)));

        String csv = mvc.perform(get("/api/v1/ledger/statement.csv?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"statement.csv\""))
                .andReturn().getResponse().getContentAsString();

        assertThat(csv).isEqualTo("time,entryId,asset,bucket,amount,balanceAfter,type,reference\r\n"
                + "2026-01-01T00:00:00Z,11,USD,AVAILABLE,10000,10000,DEPOSIT,DEPOSIT:Dabc\r\n"
                + "2026-01-01T00:00:00.001Z,12,USD,FROZEN,0.00000001,0.00000001,FREEZE,\"order,7\"\r\n");
        verify(funds).statement(new StatementQuery(ALICE, null, 1_767_225_600_000L, 1_769_904_000_000L));
    }

    @Test
    void aStatementNeedsBothEndsAndATooLargeOneIsRefusedWithItsCode() throws Exception {
        mvc.perform(get("/api/v1/ledger/statement.csv?from=2026-01-01T00:00:00Z"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        mvc.perform(get("/api/v1/ledger/statement.csv?from=yesterday&to=today").accept("text/csv"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        verifyNoInteractions(funds);

        when(funds.statement(any(StatementQuery.class)))
                .thenThrow(new BusinessException(ErrorCode.STATEMENT_TOO_LARGE, "more than 10000 postings"));
        mvc.perform(get("/api/v1/ledger/statement.csv?from=1&to=2&asset=USD"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("STATEMENT_TOO_LARGE"));
    }

    @Test
    void aTextFieldIsQuotedWhenItMustBeAndNeverReadAsAFormula() {
        assertThat(StatementCsv.text("plain")).isEqualTo("plain");
        assertThat(StatementCsv.text("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(StatementCsv.text("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(StatementCsv.text("-1,2")).isEqualTo("\"'-1,2\"");
        assertThat(StatementCsv.text(null)).isEmpty();
    }
}
