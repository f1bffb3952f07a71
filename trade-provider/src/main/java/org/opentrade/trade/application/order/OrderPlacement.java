package org.opentrade.trade.application.order;

import org.opentrade.trade.domain.order.OrderRecord;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.money.Decimal8;
import org.opentrade.api.trade.OrderView;
import org.opentrade.api.trade.PlaceOrderCommand;
import org.opentrade.trade.application.engine.CommandOutcome;
import org.opentrade.trade.application.engine.Submission;
import org.opentrade.trade.application.engine.SymbolEngine;
import org.opentrade.trade.application.engine.SymbolEngines;
import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.MatchResultCode;
import org.opentrade.trade.domain.matching.OrderType;
import org.opentrade.trade.domain.matching.OrderValidation;
import org.opentrade.trade.domain.matching.Reservation;
import org.opentrade.trade.domain.matching.Side;
import org.opentrade.trade.domain.matching.TimeInForce;
import org.opentrade.trade.domain.matching.command.PlaceOrder;
import org.opentrade.trade.domain.order.OrderStatus;
import org.springframework.stereotype.Service;

/**
 * Placing an order: validated here, on the caller's thread (400 for bad input, nothing stored), then through its
 * symbol's pipeline: stored PENDING, risk pre-check, funds frozen ({@link OrderReservations}, per batch), the log,
 * the book, the outputs; the answer is built from the batch's result. A repeated clientOrderId returns the original
 * order. 503 SERVICE_UNAVAILABLE means the order was not placed and never will be; 503 ORDER_STATUS_UNKNOWN means
 * it may be in the book (read it by clientOrderId).
 */
@Service
public class OrderPlacement {

    private final SymbolEngines engines;
    private final Orders orders;
    private final OrderIds ids;
    private final PlacementSettings settings;
    private final Clock clock;

    public OrderPlacement(SymbolEngines engines, Orders orders, OrderIds ids, PlacementSettings settings) {
        this.engines = engines;
        this.orders = orders;
        this.ids = ids;
        this.settings = settings;
        this.clock = Clock.systemUTC();
    }

    public OrderView place(PlaceOrderCommand command) {
        OrderRequests.requireClientOrderId(command.clientOrderId());
        SymbolEngine engine = engines.bySymbol(command.symbol())
                .orElseThrow(() -> new BusinessException(ErrorCode.UNKNOWN_SYMBOL, "unknown symbol: " + command.symbol()));
        PlaceOrder order = validated(command, engine);
        OrderRecord record = pending(command, order, engine.instrument());
        Submission submission = new Submission(order, record,
                System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.logDeadlineMs()));
        try {
            CommandOutcome outcome = EngineAnswers.await(engine.submit(submission), settings.answerTimeoutMs());
            return record.withEngineState(outcome.order()).view();
        } catch (OrderReservations.RepeatedClientOrderId repeated) {
            return original(orders.byClientOrderId(command.userId(), command.clientOrderId()).orElseThrow(), command);
        }
    }

    private OrderView original(OrderRecord existing, PlaceOrderCommand command) {
        if (!existing.requestedBy(command)) {
            throw new BusinessException(ErrorCode.CLIENT_ORDER_ID_REUSED,
                    "clientOrderId " + command.clientOrderId() + " belongs to order " + existing.orderId());
        }
        return existing.view();
    }

    /**
     * The engine command, checked as the engine will check it. A MARKET BUY without a price reserves at the
     * protection price the book offers now (0 when there are no asks: it passes validation as a priceless MARKET
     * order and the reservation rejects it with NO_LIQUIDITY, nothing frozen).
     */
    private PlaceOrder validated(PlaceOrderCommand command, SymbolEngine engine) {
        Side side = OrderRequests.parse(Side.class, command.side(), "side");
        OrderType type = OrderRequests.parse(OrderType.class, command.type(), "type");
        TimeInForce timeInForce = OrderRequests.parse(TimeInForce.class, command.timeInForce(), "timeInForce");
        long price = command.price();
        if (type == OrderType.MARKET && side == Side.BUY && price == 0) {
            price = engine.snapshot().buyProtectionPrice();
        }
        PlaceOrder order = new PlaceOrder(ids.next(), command.userId(), side, type, timeInForce, command.postOnly(),
                price, command.quantity());
        MatchResultCode code = OrderValidation.check(engine.instrument(), order);
        if (code != MatchResultCode.OK) {
            throw OrderRequests.invalid(code);
        }
        requireMinimumNotional(engine, order);
        return order;
    }

    /**
     * The instrument's minimum notional, at the order's price: a LIMIT order's limit, a MARKET order's protection
     * price (what a MARKET BUY reserves at; what a MARKET SELL may sell down to). A MARKET order with nothing to
     * trade against is left to the engine, which rejects it with NO_LIQUIDITY.
     */
    private static void requireMinimumNotional(SymbolEngine engine, PlaceOrder order) {
        Instrument instrument = engine.instrument();
        long price = order.price();
        if (order.type() == OrderType.MARKET && order.side() == Side.SELL && price == 0) {
            price = engine.snapshot().sellProtectionPrice();
        }
        if (price > 0 && !instrument.meetsMinimumNotional(price, order.quantity())) {
            throw new BusinessException(ErrorCode.ORDER_TOO_SMALL, "the order's notional is below the minimum of "
                    + Decimal8.format(instrument.minNotional()) + " " + instrument.quoteAsset());
        }
    }

    private OrderRecord pending(PlaceOrderCommand command, PlaceOrder order, Instrument instrument) {
        long reserved = order.price() == 0 && order.side() == Side.BUY ? 0
                : Reservation.forOrder(instrument, order.side(), order.type(), order.price(), order.price(),
                order.quantity());
        String asset = order.side() == Side.BUY ? instrument.quoteAsset() : instrument.baseAsset();
        return new OrderRecord(order.orderId(), order.userId(), command.clientOrderId(), instrument.symbol(),
                order.side().name(), order.type().name(), order.timeInForce().name(), order.postOnly(),
                order.price(), order.quantity(), 0, asset, reserved, OrderStatus.PENDING, null, clock.millis());
    }
}
