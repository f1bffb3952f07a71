package org.opentrade.trade.application.order;

import java.time.Clock;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.risk.OrderRiskCheck;
import org.opentrade.api.risk.RiskDecision;
import org.opentrade.api.trade.OrderView;
import org.opentrade.api.trade.PlaceOrderCommand;
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
 * Placing an order: validate -> risk pre-check -> store it PENDING -> freeze its reservation (idempotent on the
 * order id) -> the engine -> answer with the order as the engine left it. Bad input fails before anything is
 * stored; a refused freeze (INSUFFICIENT_FUNDS) leaves the order REJECTED with nothing frozen. If this process
 * dies after storing, {@link PendingOrders} finishes the order; nothing is frozen without an order to account
 * for it.
 */
@Service
public class OrderPlacement {

    private final SymbolEngines engines;
    private final Orders orders;
    private final Holds holds;
    private final RiskCheck risk;
    private final OrderIds ids;
    private final PlacementSettings settings;
    private final Clock clock;

    public OrderPlacement(SymbolEngines engines, Orders orders, Holds holds, RiskCheck risk, OrderIds ids,
                          PlacementSettings settings) {
        this.engines = engines;
        this.orders = orders;
        this.holds = holds;
        this.risk = risk;
        this.ids = ids;
        this.settings = settings;
        this.clock = Clock.systemUTC();
    }

    public OrderView place(PlaceOrderCommand command) {
        OrderRequests.requireClientOrderId(command.clientOrderId());
        var existing = orders.byClientOrderId(command.userId(), command.clientOrderId());
        if (existing.isPresent()) {
            return original(existing.get(), command);
        }
        SymbolEngine engine = engines.bySymbol(command.symbol())
                .orElseThrow(() -> new BusinessException(ErrorCode.UNKNOWN_SYMBOL, "unknown symbol: " + command.symbol()));
        Instrument instrument = engine.instrument();
        PlaceOrder order = validated(command, engine);
        preCheck(command);
        OrderRecord record = pending(command, order, instrument);
        if (!orders.insert(record)) {
            return original(orders.byClientOrderId(command.userId(), command.clientOrderId()).orElseThrow(), command);
        }
        if (order.type() == OrderType.MARKET && order.side() == Side.BUY && order.price() == 0) {
            orders.reject(record.userId(), record.orderId(), MatchResultCode.NO_LIQUIDITY.name());
            return current(record);
        }
        freeze(record);
        EngineAnswers.await(engine.submit(order, false), settings.answerTimeoutMs());
        return current(record);
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
     * protection price the book offers now (0 when there are no asks: it is then rejected, nothing frozen).
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
        return order;
    }

    private void preCheck(PlaceOrderCommand command) {
        RiskDecision decision = risk.preCheck(new OrderRiskCheck(command.userId(), command.symbol(),
                command.side(), command.type(), command.price(), command.quantity()));
        if (!decision.accepted()) {
            throw new BusinessException(ErrorCode.RISK_REJECTED, decision.rule() + ": " + decision.reason());
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

    /** A business refusal rejects the order (nothing frozen); an unknown outcome leaves it to the sweeper. */
    private void freeze(OrderRecord record) {
        try {
            holds.freeze(record.userId(), record.reserveAsset(), record.reserved(), record.orderId());
        } catch (BusinessException refused) {
            orders.reject(record.userId(), record.orderId(), refused.code().name());
            throw refused;
        } catch (RuntimeException unknown) {
            throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE,
                    "funds could not be reserved now; the order completes or is rejected shortly");
        }
    }

    private OrderView current(OrderRecord record) {
        return orders.byId(record.userId(), record.orderId()).orElseThrow().view();
    }
}
