package org.opentrade.api.trade;

import java.util.List;

import org.opentrade.api.BusinessException;
import org.opentrade.api.risk.RiskRejectedException;

/**
 * Instruments, orders and market data. Failures are BusinessExceptions: invalid orders (tick, step, range, enum,
 * unknown symbol) before anything is reserved, INSUFFICIENT_FUNDS or RISK_REJECTED with nothing frozen,
 * ORDER_NOT_FOUND for any order that is not the caller's, ORDER_NOT_OPEN for a cancel or amend that comes too late.
 */
public interface TradeService {

    /** The instruments the venue lists, from configuration (Nacos). */
    List<InstrumentView> instruments() throws BusinessException;

    /**
     * Validates, pre-checks risk, freezes the order's reservation, then matches it. Answers once the engine's
     * input and output are durable, with the order's status and filled quantity after matching. A repeated
     * (userId, clientOrderId) returns the original order and places nothing.
     */
    OrderView placeOrder(PlaceOrderCommand command) throws BusinessException, RiskRejectedException;

    /** Cancels an open order and releases what it still holds; answers the order, now CANCELED. */
    OrderView cancelOrder(long userId, String orderId) throws BusinessException;

    /**
     * Amends an open LIMIT GTC order to a new price and/or total quantity in its engine, in one step (the order is
     * never both gone and still holding). Reducing the quantity at the same price keeps its time priority; any other
     * change loses it: the order queues again at the back of its new level and may trade at once as a taker. A change
     * that needs a bigger hold freezes the difference before the engine (INSUFFICIENT_FUNDS, RISK_REJECTED with the
     * order unchanged); one that needs less releases it after. Answers the order as amended (and as it traded).
     * ORDER_NOT_AMENDABLE (not LIMIT GTC, or terms the book refuses), ORDER_NOT_OPEN, AMEND_BELOW_FILLED (the new
     * quantity must stay above the filled quantity), ORDER_CHANGED (it traded while the amend was on its way).
     */
    OrderView amendOrder(AmendOrderCommand command) throws BusinessException, RiskRejectedException;

    OrderView getOrder(long userId, String orderId) throws BusinessException;

    /** The user's orders, newest first; {@code symbolOrNull} filters; {@code openOnly} keeps NEW and PARTIALLY_FILLED. */
    List<OrderView> listOrders(long userId, String symbolOrNull, boolean openOnly, int limit) throws BusinessException;

    /** The user's fills, newest first. */
    List<FillView> fills(long userId, String symbolOrNull, int limit) throws BusinessException;

    /**
     * A page of the user's orders, newest first (by order id, which is time-ordered), resumed from the previous
     * page's cursor; a cursor that is not one is VALIDATION_FAILED, as is a limit outside 1-{@link OrderQuery#LIMIT_MAX}.
     */
    OrderPage listOrders(OrderQuery query) throws BusinessException;

    /**
     * A page of the user's fills, newest first by (trade time, symbol, trade id): every fill appears exactly once
     * across pages, also when many share a millisecond and while new ones arrive.
     */
    FillPage fills(FillQuery query) throws BusinessException;

    /**
     * Cancels up to {@link CanceledOrders#BATCH_MAX} of the user's open orders ({@code symbolOrNull} null: every
     * symbol), each exactly as {@link #cancelOrder} does; an order that filled or was canceled meanwhile is reported
     * as it is, not as an error.
     */
    CanceledOrders cancelAll(long userId, String symbolOrNull) throws BusinessException;

    /** The public book, aggregated per price level. */
    DepthView depth(String symbol, int levelsMax) throws BusinessException;

    /** The public tape, newest first. */
    List<PublicTradeView> trades(String symbol, int limit) throws BusinessException;

    /**
     * Candles built from the tape, oldest first (see {@link CandleQuery}); UNKNOWN_SYMBOL for a symbol not listed,
     * VALIDATION_FAILED for no interval, a limit outside 1-{@link CandleQuery#LIMIT_MAX} or from not before to. Recent
     * candles are answered from memory; only older ranges reach the database.
     */
    List<CandleView> candles(CandleQuery query) throws BusinessException;

    /** The symbol's rolling 24-hour figures (see {@link TickerView}), from memory; UNKNOWN_SYMBOL if not listed. */
    TickerView ticker(String symbol) throws BusinessException;

    /** Every listed symbol's ticker, by symbol. */
    List<TickerView> tickers() throws BusinessException;
}
