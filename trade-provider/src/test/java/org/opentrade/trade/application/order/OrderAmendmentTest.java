package org.opentrade.trade.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opentrade.trade.domain.matching.Units.of;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.trade.AmendOrderCommand;
import org.opentrade.api.trade.OrderView;
import org.opentrade.trade.application.engine.EngineListeners;
import org.opentrade.trade.application.engine.EngineSettings;
import org.opentrade.trade.application.engine.PassThroughReservation;
import org.opentrade.trade.application.engine.StoreInMemory;
import org.opentrade.trade.application.engine.Submission;
import org.opentrade.trade.application.engine.SymbolEngines;
import org.opentrade.trade.domain.matching.OrderType;
import org.opentrade.trade.domain.matching.Side;
import org.opentrade.trade.domain.matching.TestInstruments;
import org.opentrade.trade.domain.matching.TimeInForce;
import org.opentrade.trade.domain.matching.command.PlaceOrder;
import org.opentrade.trade.domain.order.OrderRecord;
import org.opentrade.trade.domain.order.OrderStatus;

/**
 * The amend use case over a running engine (log and outputs in memory, reservations passed through): what it refuses
 * before the engine, what the engine's refusals become, and the order it answers.
 */
class OrderAmendmentTest {
    static final EngineSettings SETTINGS = new EngineSettings(64, 10_000, 3, 3, 1_000, 1_000_000, 500, 1_000);

    final OrderReservationsTest.MemoryOrders orders = new OrderReservationsTest.MemoryOrders();
    final StoreInMemory store = new StoreInMemory();
    final SymbolEngines engines = new SymbolEngines(() -> List.of(TestInstruments.btcUsd()), store, store, SETTINGS,
            new EngineListeners(), new SimpleMeterRegistry(), new PassThroughReservation());
    final OrderAmendment amendment = new OrderAmendment(engines, orders, new OrderIds(Clock.systemUTC(), 1),
            new PlacementSettings(5_000, 10_000, 30_000, 100, 500, 500));

    @BeforeEach
    void startEngine() {
        engines.takeOver();
    }

    @AfterEach
    void stopEngine() {
        engines.release();
    }

    @Test
    void anAmendAnswersTheOrderWithItsNewTerms() throws Exception {
        OrderRecord order = resting(1, 7, Side.BUY, "100.00", "2");

        OrderView amended = amendment.amend(new AmendOrderCommand(7, "1", of("101.00"), 0));

        assertThat(amended.price()).isEqualTo(of("101.00"));
        assertThat(amended.quantity()).isEqualTo(of("2"));
        assertThat(amended.status()).isEqualTo("NEW");
        assertThat(engines.bySymbol("BTC-USD").orElseThrow().snapshot().bestBid()).isEqualTo(of("101.00"));
        assertThat(store.read("BTC-USD", 0, 100)).hasSize(2);
        assertThat(order.price()).isEqualTo(of("100.00"));
    }

    @Test
    void theSameTermsAreAnsweredAsTheOrderIsWithoutReachingTheEngine() throws Exception {
        resting(1, 7, Side.SELL, "100.00", "2");

        OrderView same = amendment.amend(new AmendOrderCommand(7, "1", of("100.00"), of("2")));

        assertThat(same.quantity()).isEqualTo(of("2"));
        assertThat(store.read("BTC-USD", 0, 100)).hasSize(1);
    }

    @Test
    void onlyTheOwnersOpenLimitGtcOrdersCanBeAmended() {
        orders.put(record(1, 7, "BUY", "LIMIT", "GTC", OrderStatus.NEW, 0));
        orders.put(record(2, 7, "BUY", "LIMIT", "IOC", OrderStatus.CANCELED, 0));
        orders.put(record(3, 7, "BUY", "LIMIT", "GTC", OrderStatus.FILLED, of("1")));

        assertThat(code(new AmendOrderCommand(8, "1", of("99"), 0))).isEqualTo(ErrorCode.ORDER_NOT_FOUND);
        assertThat(code(new AmendOrderCommand(7, "42", of("99"), 0))).isEqualTo(ErrorCode.ORDER_NOT_FOUND);
        assertThat(code(new AmendOrderCommand(7, "2", of("99"), 0))).isEqualTo(ErrorCode.ORDER_NOT_AMENDABLE);
        assertThat(code(new AmendOrderCommand(7, "3", of("99"), 0))).isEqualTo(ErrorCode.ORDER_NOT_OPEN);
    }

    @Test
    void newTermsAreCheckedLikeANewOrdersAndMustStayAboveTheFilledQuantity() {
        orders.put(record(1, 7, "BUY", "LIMIT", "GTC", OrderStatus.PARTIALLY_FILLED, of("0.5")));

        assertThat(code(new AmendOrderCommand(7, "1", of("100.001"), 0))).isEqualTo(ErrorCode.INVALID_PRICE);
        assertThat(code(new AmendOrderCommand(7, "1", 0, of("1.0000001")))).isEqualTo(ErrorCode.INVALID_QUANTITY);
        assertThat(code(new AmendOrderCommand(7, "1", 0, of("0.5")))).isEqualTo(ErrorCode.AMEND_BELOW_FILLED);
        assertThat(store.read("BTC-USD", 0, 100)).isEmpty();
    }

    @Test
    void anOrderThatFilledBeforeTheAmendReachedItIsNoLongerOpen() throws Exception {
        resting(1, 7, Side.SELL, "100.00", "1");
        resting(2, 8, Side.BUY, "100.00", "1");

        assertThat(code(new AmendOrderCommand(7, "1", 0, of("3")))).isEqualTo(ErrorCode.ORDER_NOT_OPEN);
    }

    /** Places an order through the engine and stores it as the output stage would have left it (NEW). */
    private OrderRecord resting(long orderId, long userId, Side side, String price, String quantity) throws Exception {
        PlaceOrder place = new PlaceOrder(orderId, userId, side, OrderType.LIMIT, TimeInForce.GTC, false, of(price),
                of(quantity));
        OrderRecord record = new OrderRecord(orderId, userId, "c-" + orderId, "BTC-USD", side.name(), "LIMIT", "GTC",
                false, of(price), of(quantity), 0, side == Side.BUY ? "USD" : "BTC", 0, OrderStatus.PENDING, null, 0);
        engines.bySymbol("BTC-USD").orElseThrow()
                .submit(new Submission(place, record, System.nanoTime() + TimeUnit.SECONDS.toNanos(30)))
                .get(10, TimeUnit.SECONDS);
        OrderRecord stored = new OrderRecord(orderId, userId, record.clientOrderId(), "BTC-USD", side.name(), "LIMIT",
                "GTC", false, of(price), of(quantity), 0, record.reserveAsset(), record.reserved(), OrderStatus.NEW,
                null, 0);
        orders.put(stored);
        return stored;
    }

    private static OrderRecord record(long orderId, long userId, String side, String type, String tif,
                                      OrderStatus status, long filled) {
        return new OrderRecord(orderId, userId, "c-" + orderId, "BTC-USD", side, type, tif, false, of("100.00"),
                of("1"), filled, "USD", of("100.10"), status, null, 0);
    }

    private ErrorCode code(AmendOrderCommand command) {
        try {
            amendment.amend(command);
        } catch (BusinessException e) {
            return e.code();
        }
        throw new AssertionError("not refused: " + command);
    }
}
