package org.opentrade.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.dubbo.common.URL;
import org.apache.dubbo.common.serialize.ObjectInput;
import org.apache.dubbo.common.serialize.ObjectOutput;
import org.apache.dubbo.common.serialize.Serialization;
import org.apache.dubbo.rpc.model.FrameworkModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentrade.api.fund.AccountBalance;
import org.opentrade.api.fund.AuditView;
import org.opentrade.api.fund.FillSettlement;
import org.opentrade.api.fund.LedgerEntryView;
import org.opentrade.api.fund.LedgerMovement;
import org.opentrade.api.fund.MovementResult;
import org.opentrade.api.fund.LedgerPage;
import org.opentrade.api.fund.LedgerQuery;
import org.opentrade.api.fund.StatementLine;
import org.opentrade.api.fund.StatementQuery;
import org.opentrade.api.fund.TransferPage;
import org.opentrade.api.fund.TransferQuery;
import org.opentrade.api.fund.TransferCommand;
import org.opentrade.api.fund.TransferView;
import org.opentrade.api.payment.BankNotification;
import org.opentrade.api.payment.PaymentCommand;
import org.opentrade.api.payment.PaymentPage;
import org.opentrade.api.payment.PaymentQuery;
import org.opentrade.api.payment.PaymentView;
import org.opentrade.api.payment.ReconciliationMismatch;
import org.opentrade.api.payment.ReconciliationView;
import org.opentrade.api.payment.event.PaymentEvent;
import org.opentrade.api.risk.AlertPage;
import org.opentrade.api.risk.AlertQuery;
import org.opentrade.api.risk.AlertView;
import org.opentrade.api.risk.OrderRiskCheck;
import org.opentrade.api.risk.RiskRejectedException;
import org.opentrade.api.risk.RiskDecision;
import org.opentrade.api.trade.CandleInterval;
import org.opentrade.api.trade.CandleQuery;
import org.opentrade.api.trade.CandleView;
import org.opentrade.api.trade.CanceledOrders;
import org.opentrade.api.trade.DepthView;
import org.opentrade.api.trade.FillPage;
import org.opentrade.api.trade.FillQuery;
import org.opentrade.api.trade.FillView;
import org.opentrade.api.trade.InstrumentView;
import org.opentrade.api.trade.OrderPage;
import org.opentrade.api.trade.OrderQuery;
import org.opentrade.api.trade.OrderView;
import org.opentrade.api.trade.AmendOrderCommand;
import org.opentrade.api.trade.PlaceOrderCommand;
import org.opentrade.api.trade.PublicTradeView;
import org.opentrade.api.trade.TickerView;
import org.opentrade.api.trade.event.BookChanged;
import org.opentrade.api.trade.event.CandleChanged;
import org.opentrade.api.trade.event.OrderUpdated;
import org.opentrade.api.trade.event.PrivateTradeExecuted;
import org.opentrade.api.trade.event.TickerChanged;
import org.opentrade.api.trade.event.TradeExecuted;
import org.opentrade.api.user.LoginCommand;
import org.opentrade.api.user.RegisterUserCommand;
import org.opentrade.api.user.Role;
import org.opentrade.api.user.ChangePasswordCommand;
import org.opentrade.api.user.SessionStatus;
import org.opentrade.api.user.SessionToken;
import org.opentrade.api.user.SessionView;
import org.opentrade.api.user.StatusChangeView;
import org.opentrade.api.user.UserStatus;
import org.opentrade.api.user.UserStatusChange;
import org.opentrade.api.user.UserView;
import org.opentrade.api.user.apikey.ApiKeyCreated;
import org.opentrade.api.user.apikey.ApiKeyScope;
import org.opentrade.api.user.apikey.ApiKeyStanding;
import org.opentrade.api.user.apikey.ApiKeyStatus;
import org.opentrade.api.user.apikey.ApiKeyView;
import org.opentrade.api.user.apikey.CreateApiKeyCommand;

/**
 * Every type that crosses Dubbo must survive the wire formats our pinned Dubbo uses (records were unreliable in
 * older hessian-lite). A new DTO belongs in {@link #samples()}.
 */
class DubboWireContractTest {

    static List<Object> samples() {
        return List.of(
                new RegisterUserCommand("alice", "s3cret-pass"),
                new LoginCommand("alice", "s3cret-pass", "203.0.113.7"),
                new UserView(42L, "alice", UserStatus.ACTIVE, Set.of(Role.USER, Role.ADMIN)),
                new SessionToken("a.b.c", 1_700_000_000_000L, 42L),
                new SessionView("s-1", 42L, SessionStatus.USER_FROZEN),
                new ChangePasswordCommand(42L, "s-1", "old-pass-1", "new-pass-2"),
                new CreateApiKeyCommand(42L, "grid bot", Set.of(ApiKeyScope.READ, ApiKeyScope.TRADE),
                        List.of("203.0.113.7", "2001:db8::/32")),
                new CreateApiKeyCommand(42L, "reader", Set.of(ApiKeyScope.READ), List.of()),
                // the facade builds its scopes as an EnumSet
                new CreateApiKeyCommand(42L, "all", java.util.EnumSet.allOf(ApiKeyScope.class), List.of("::1")),
                new ApiKeyCreated(new ApiKeyView("k-1", 42L, "grid bot", Set.of(ApiKeyScope.WITHDRAW), List.of(), 5L,
                        0L), "s3cret"),
                new ApiKeyView("k-1", 42L, "grid bot", Set.of(ApiKeyScope.READ), List.of("198.51.100.0/24"), 5L, 9L),
                // user-provider lists keys whose scopes it holds as EnumSets (hessian2 once mangled the second one)
                new java.util.ArrayList<>(List.of(
                        new ApiKeyView("k-1", 42L, "a", java.util.EnumSet.of(ApiKeyScope.READ), List.of(), 5L, 0L),
                        new ApiKeyView("k-2", 42L, "b", java.util.EnumSet.allOf(ApiKeyScope.class), List.of(), 6L, 0L))),
                new ApiKeyStanding("k-1", 42L, "alice", ApiKeyStatus.USER_FROZEN,
                        Set.of(ApiKeyScope.READ, ApiKeyScope.TRADE, ApiKeyScope.WITHDRAW), List.of("203.0.113.7"),
                        "s3cret"),
                ApiKeyStanding.unknown("k-2"),
                new AccountBalance("USD", 1_250_000_000L, 1L),
                new InstrumentView("BTC-USD", "BTC", "USD", 1_000_000L, 100L, 1_000L, 2_000L, 100_000_000L),
                new PlaceOrderCommand(42L, "BTC-USD", "BUY", "LIMIT", "GTC", 5L, 6L, true, "c-1"),
                new AmendOrderCommand(42L, "7", 5L, 0L),
                new OrderView("7", 42L, "c-1", "BTC-USD", "BUY", "LIMIT", "GTC", 5L, 6L, 1L, false, "NEW", null, 9L),
                new FillView("BTC-USD-1", "7", "BTC-USD", "BUY", 5L, 6L, 1L, "USD", "MAKER", 9L),
                new PublicTradeView("BTC-USD-1", 5L, 6L, "SELL", 9L),
                new OrderQuery(42L, "BTC-USD", true, 1L, 9L, "bzE6Nw", 50),
                new OrderQuery(42L, null, false, 0L, 0L, null, 500),
                new OrderPage(List.of(new OrderView("7", 42L, "c-1", "BTC-USD", "BUY", "LIMIT", "GTC", 5L, 6L, 1L,
                        false, "NEW", null, 9L)), "bzE6Nw"),
                new OrderPage(List.of(), null),
                new FillQuery(42L, "BTC-USD", "7", 1L, 9L, "ZjE6OTpCVEMtVVNEOjE", 50),
                new FillQuery(42L, null, null, 0L, 0L, null, 500),
                new FillPage(List.of(new FillView("BTC-USD-1", "7", "BTC-USD", "BUY", 5L, 6L, 1L, "USD", "MAKER", 9L)),
                        "ZjE6OTpCVEMtVVNEOjE"),
                new FillPage(List.of(), null),
                new CanceledOrders(List.of(new OrderView("7", 42L, "c-1", "BTC-USD", "BUY", "LIMIT", "GTC", 5L, 6L,
                        6L, false, "FILLED", null, 9L)), 3L),
                new DepthView("BTC-USD", 3L, List.of(new DepthView.Level(5L, 6L)), List.of()),
                new OrderUpdated("e-1", "7", 42L, "c-1", "BTC-USD", "BUY", "FILLED", 5L, 6L, 6L, null, 3L, 9L),
                new TradeExecuted("e-2", "BTC-USD-1", "BTC-USD", 5L, 6L, "BUY", 9L),
                new BookChanged("e-3", "BTC-USD", 3L, List.of(new DepthView.Level(5L, 6L)), List.of(), 9L),
                new CandleQuery("BTC-USD", CandleInterval.H4, 1L, 9L, 1000),
                new CandleQuery("BTC-USD", CandleInterval.M1, 0L, 0L, 1),
                new CandleView("BTC-USD", CandleInterval.D1, 86_400_000L, 5L, 7L, 4L, 6L, 10L, 55L, 3L),
                // a page of candles: the second names the same interval as the first (hessian2 writes it as a back
                // reference)
                new java.util.ArrayList<>(List.of(
                        new CandleView("BTC-USD", CandleInterval.M1, 60_000L, 5L, 7L, 4L, 6L, 10L, 55L, 3L),
                        new CandleView("BTC-USD", CandleInterval.M1, 120_000L, 6L, 8L, 5L, 7L, 11L, 56L, 4L))),
                new TickerView("BTC-USD", 6L, 5L, 7L, 4L, 10L, 55L, 3L, 60_000L, 90_000L, 17L),
                new CandleChanged("e-5", "BTC-USD", "15m", 900_000L, 5L, 7L, 4L, 6L, 10L, 55L, 3L, 17L, 9L),
                new TickerChanged("e-6", "BTC-USD", 6L, 5L, 7L, 4L, 10L, 55L, 3L, 60_000L, 90_000L, 17L, 9L),
                new OrderRiskCheck(42L, "BTC-USD", "BUY", "LIMIT", 10_000_000_000L, 100L, 9L, 8L, 10L, 3),
                new AlertView(7L, 42L, "washTrading", "SEVERE", "3 round trips", "e-9", 5L, "admin:1", 6L),
                new AlertPage(List.of(new AlertView(7L, 42L, "cancelToFill", "WARNING", "e", "e-9", 5L, null, 0L)), "7"),
                new AlertQuery(42L, "SEVERE", null, 50),
                new UserStatusChange(42L, UserStatus.FROZEN, "risk:alert-7", "wash trading"),
                new StatusChangeView(42L, UserStatus.ACTIVE, "admin:1001", "cleared", 9L),
                new PrivateTradeExecuted("e-4", "BTC-USD-1", "BTC-USD", 5L, 6L, 30L, "SELL", 42L, 7L, 43L, 8L, 9L),
                new PaymentEvent("p-1", 42L, "WITHDRAWAL", "USD", "1.5", "PENDING", null, 9L),
                RiskDecision.reject("maxOrderNotional", "too big"),
                new PaymentView("p-1", 42L, "DEPOSIT", "USD", 5L, "PENDING", 1L),
                new PaymentCommand(42L, "USD", 5L, "key-1"),
                new BankNotification("1732456789012", "9f86d081", "ab12", "{\"merchantReference\":\"d-1\"}"),
                new ReconciliationView(1L, 2L, 3L, 4, 5, List.of(new ReconciliationMismatch("AMOUNT_DIFFERS", "d-1",
                        "USD", 1001L, 1000L, "bank says 10.01")), false, false),
                new LedgerMovement(1042L, "USD", 5L, "payment-7"),
                MovementResult.done("order-7"),
                MovementResult.refused("order-8", ErrorCode.INSUFFICIENT_FUNDS),
                new TransferCommand(1042L, 1043L, "BTC", 1L, "key-1"),
                new TransferView("99", 1042L, 1043L, "BTC", 1L, "COMPLETED", 5L),
                new LedgerPage(List.of(new LedgerEntryView("1", "USD", "AVAILABLE", -5L, "TRANSFER_OUT", "r", 2L)), "1"),
                new LedgerQuery(42L, "USD", 1L, 9L, "bDE6OToy", 50),
                new LedgerQuery(42L, null, 0L, 0L, null, 500),
                new TransferQuery(42L, 1L, 9L, "dDE6OToy", 50),
                new TransferPage(List.of(new TransferView("99", 1042L, 1043L, "BTC", 1L, "COMPLETED", 5L)), "dDE6OToy"),
                new TransferPage(List.of(), null),
                new StatementQuery(42L, null, 1L, 9L),
                new StatementLine(new LedgerEntryView("1", "USD", "FROZEN", 5L, "FREEZE", "order-7", 2L), 5L),
                new PaymentQuery(42L, "DEPOSIT", 1L, 9L, "cDE6OTpEMQ", 50),
                new PaymentPage(List.of(new PaymentView("p-1", 42L, "DEPOSIT", "USD", 5L, "PENDING", 1L)), "cDE6OTpEMQ"),
                new PaymentPage(List.of(), null),
                new FillSettlement("t-1", 1042L, 1043L, "BTC", "USD", 1L, 2L, 3L, 1L),
                new AuditView(1L, 2, 3L, Map.of("USD", 0L), Map.of("USD", 0L), Map.of("USD", 9L), List.of(), true));
    }

    static Stream<Arguments> cases() {
        return Stream.of("hessian2", "fastjson2")
                .flatMap(wire -> samples().stream().map(sample -> Arguments.of(wire, sample)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void roundTripsEqual(String wire, Object sample) throws Exception {
        assertThat(roundTrip(wire, sample)).isEqualTo(sample);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wires")
    void businessExceptionKeepsItsCodeAndMessage(String wire) throws Exception {
        BusinessException sent = new BusinessException(ErrorCode.INSUFFICIENT_FUNDS, "need 5 USD");
        BusinessException received = (BusinessException) roundTrip(wire, sent);
        assertThat(received.code()).isEqualTo(ErrorCode.INSUFFICIENT_FUNDS);
        assertThat(received.getMessage()).isEqualTo("need 5 USD");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wires")
    void riskRejectionKeepsItsRule(String wire) throws Exception {
        RiskRejectedException received = (RiskRejectedException) roundTrip(wire,
                RiskRejectedException.of(RiskDecision.reject("priceBand", "price 10% above the reference")));
        assertThat(received.code()).isEqualTo(ErrorCode.RISK_REJECTED);
        assertThat(received.rule()).isEqualTo("priceBand");
        assertThat(received.getMessage()).isEqualTo("priceBand: price 10% above the reference");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wires")
    void aRateLimitKeepsItsLimitAndWhenToComeBack(String wire) throws Exception {
        RateLimitedException received = (RateLimitedException) roundTrip(wire, new RateLimitedException(
                ErrorCode.TOO_MANY_LOGIN_ATTEMPTS, "too many failures", 5, 600));
        assertThat(received.code()).isEqualTo(ErrorCode.TOO_MANY_LOGIN_ATTEMPTS);
        assertThat(received.getMessage()).isEqualTo("too many failures");
        assertThat(received.limit()).isEqualTo(5);
        assertThat(received.retryAfterS()).isEqualTo(600);
    }

    static Stream<String> wires() {
        return Stream.of("hessian2", "fastjson2");
    }

    private static Object roundTrip(String wire, Object value) throws Exception {
        Serialization serialization = FrameworkModel.defaultModel()
                .getExtensionLoader(Serialization.class).getExtension(wire);
        URL url = URL.valueOf("dubbo://127.0.0.1:20880/contract-test");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ObjectOutput out = serialization.serialize(url, bytes);
        out.writeObject(value);
        out.flushBuffer();
        ObjectInput in = serialization.deserialize(url, new ByteArrayInputStream(bytes.toByteArray()));
        return in.readObject(value.getClass());
    }
}
