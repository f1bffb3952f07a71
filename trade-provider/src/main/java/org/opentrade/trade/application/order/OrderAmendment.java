package org.opentrade.trade.application.order;

import java.util.concurrent.TimeUnit;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.money.Decimal8;
import org.opentrade.api.trade.AmendOrderCommand;
import org.opentrade.api.trade.OrderView;
import org.opentrade.trade.application.engine.CommandOutcome;
import org.opentrade.trade.application.engine.Submission;
import org.opentrade.trade.application.engine.SymbolEngine;
import org.opentrade.trade.application.engine.SymbolEngines;
import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.MatchResultCode;
import org.opentrade.trade.domain.matching.OrderValidation;
import org.opentrade.trade.domain.matching.Reservation;
import org.opentrade.trade.domain.matching.Side;
import org.opentrade.trade.domain.matching.command.AmendOrder;
import org.opentrade.trade.domain.matching.event.AmendRejected;
import org.opentrade.trade.domain.order.OrderRecord;
import org.springframework.stereotype.Service;

/**
 * Amending an open LIMIT GTC order: checked here against the order as stored (400 for bad terms, 409 when it cannot be
 * amended), then through its symbol's pipeline like a placement: stored PENDING, risk pre-check and the added hold
 * frozen ({@link AmendReservations}), the log, the engine ({@code Amender}: one step, so the order is never both gone
 * and still holding), the outputs; the hold the amend freed is released after ({@code HoldReleases}). The new quantity
 * is the order's new total, so the same amend sent twice asks for the same order; terms equal to the order's change
 * nothing and are answered at once.
 */
@Service
public class OrderAmendment {
    private static final String WHAT_TO_DO = "read the order to see whether the amend applied";

    private final SymbolEngines engines;
    private final Orders orders;
    private final OrderIds ids;
    private final PlacementSettings settings;

    public OrderAmendment(SymbolEngines engines, Orders orders, OrderIds ids, PlacementSettings settings) {
        this.engines = engines;
        this.orders = orders;
        this.ids = ids;
        this.settings = settings;
    }

    public OrderView amend(AmendOrderCommand command) {
        OrderRecord order = OrderQueries.find(orders, command.userId(), command.orderId());
        requireAmendable(order);
        SymbolEngine engine = engines.bySymbol(order.symbol())
                .orElseThrow(() -> new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "no engine for " + order.symbol()));
        long price = command.price() == 0 ? order.price() : command.price();
        long quantity = command.quantity() == 0 ? order.quantity() : command.quantity();
        requireValid(engine.instrument(), order, price, quantity);
        if (price == order.price() && quantity == order.quantity()) {
            return order.view();
        }
        long hold = Reservation.forAmend(engine.instrument(), Side.valueOf(order.side()), order.price(),
                order.quantity(), order.filledQuantity(), price, quantity);
        AmendOrder amend = new AmendOrder(order.orderId(), order.userId(), ids.next(), price, quantity, hold,
                order.postOnly());
        Submission submission = new Submission(amend, order,
                System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.logDeadlineMs()));
        CommandOutcome outcome = EngineAnswers.await(engine.submit(submission), settings.answerTimeoutMs(), WHAT_TO_DO);
        for (var event : outcome.result().events()) {
            if (event instanceof AmendRejected refused) {
                throw refusal(order, refused.reason());
            }
        }
        return order.withEngineState(outcome.order()).view();
    }

    /** Only an order that rests can change: LIMIT GTC, and open. */
    private static void requireAmendable(OrderRecord order) {
        if (!OpenOrderCap.canRest(order)) {
            throw new BusinessException(ErrorCode.ORDER_NOT_AMENDABLE, "order " + order.orderId() + " is "
                    + order.type() + " " + order.timeInForce() + "; only LIMIT GTC orders rest and can be amended");
        }
        if (!order.status().open()) {
            throw new BusinessException(ErrorCode.ORDER_NOT_OPEN, "order " + order.orderId() + " is " + order.status());
        }
    }

    /** The new terms as a new order's (tick, step, ranges, minimum notional), above what already traded. */
    private static void requireValid(Instrument instrument, OrderRecord order, long price, long quantity) {
        MatchResultCode code = OrderValidation.checkAmend(instrument, price, quantity);
        if (code != MatchResultCode.OK) {
            throw OrderRequests.invalid(code);
        }
        if (!instrument.meetsMinimumNotional(price, quantity)) {
            throw new BusinessException(ErrorCode.ORDER_TOO_SMALL, "the order's notional is below the minimum of "
                    + Decimal8.format(instrument.minNotional()) + " " + instrument.quoteAsset());
        }
        if (quantity <= order.filledQuantity()) {
            throw belowFilled(order);
        }
    }

    /** The engine's reasons as API errors; in every case the order is unchanged. */
    private static BusinessException refusal(OrderRecord order, MatchResultCode reason) {
        return switch (reason) {
            case ORDER_NOT_FOUND -> new BusinessException(ErrorCode.ORDER_NOT_OPEN,
                    "order " + order.orderId() + " filled or was canceled before the amend reached it");
            case AMEND_BELOW_FILLED -> belowFilled(order);
            case AMEND_HOLD_SHORT -> new BusinessException(ErrorCode.ORDER_CHANGED,
                    "order " + order.orderId() + " traded while the amend was on its way; it is unchanged");
            case POST_ONLY_WOULD_TAKE -> new BusinessException(ErrorCode.ORDER_NOT_AMENDABLE,
                    "order " + order.orderId() + " is post-only and the new price would take");
            case PRICE_LEVELS_FULL -> new BusinessException(ErrorCode.ORDER_NOT_AMENDABLE,
                    "the book has no room for another price level on this side");
            default -> OrderRequests.invalid(reason);
        };
    }

    private static BusinessException belowFilled(OrderRecord order) {
        return new BusinessException(ErrorCode.AMEND_BELOW_FILLED, "the new quantity is the order's total and must be "
                + "above the " + Decimal8.format(order.filledQuantity()) + " already filled");
    }
}
