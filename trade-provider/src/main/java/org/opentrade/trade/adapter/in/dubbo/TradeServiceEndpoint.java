package org.opentrade.trade.adapter.in.dubbo;

import java.util.List;

import org.apache.dubbo.config.annotation.DubboService;
import org.opentrade.api.trade.AmendOrderCommand;
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
import org.opentrade.api.trade.PlaceOrderCommand;
import org.opentrade.api.trade.PublicTradeView;
import org.opentrade.api.trade.TickerView;
import org.opentrade.api.trade.TradeService;
import org.opentrade.trade.application.InstrumentCatalog;
import org.opentrade.trade.application.history.HistoryPages;
import org.opentrade.trade.application.market.MarketQueries;
import org.opentrade.trade.application.order.CancelAllOrders;
import org.opentrade.trade.application.order.OrderAmendment;
import org.opentrade.trade.application.order.OrderCancellation;
import org.opentrade.trade.application.order.OrderPlacement;
import org.opentrade.trade.application.order.OrderQueries;

/**
 * Placing, canceling and amending wait for the engine (bounded by opentrade.trade.orders.answer-timeout-ms). Calls that
 * need the engine go to the process that owns it ({@link OwnerRouting}); reads of stored orders, fills and trades, and
 * candles and tickers (from each process's own cache), are answered by any process.
 */
@DubboService(timeout = 15000)
class TradeServiceEndpoint implements TradeService {
    private final InstrumentCatalog catalog;
    private final OrderPlacement placement;
    private final OrderCancellation cancellation;
    private final OrderQueries orders;
    private final MarketQueries market;
    private final OwnerRouting routing;
    private final HistoryPages history;
    private final CancelAllOrders cancelAll;
    private final OrderAmendment amendment;

    TradeServiceEndpoint(InstrumentCatalog catalog, OrderPlacement placement, OrderCancellation cancellation,
                         OrderQueries orders, MarketQueries market, OwnerRouting routing, HistoryPages history,
                         CancelAllOrders cancelAll, OrderAmendment amendment) {
        this.amendment = amendment;
        this.routing = routing;
        this.history = history;
        this.cancelAll = cancelAll;
        this.catalog = catalog;
        this.placement = placement;
        this.cancellation = cancellation;
        this.orders = orders;
        this.market = market;
    }

    @Override
    public List<InstrumentView> instruments() {
        return catalog.all().stream()
                .map(i -> new InstrumentView(i.symbol(), i.baseAsset(), i.quoteAsset(), i.priceTick(),
                        i.quantityStep(), i.makerFeeRatePpm(), i.takerFeeRatePpm(), i.minNotional()))
                .toList();
    }

    @Override
    public OrderView placeOrder(PlaceOrderCommand command) {
        return routing.local() ? placement.place(command) : routing.owner().placeOrder(command);
    }

    @Override
    public OrderView cancelOrder(long userId, String orderId) {
        return routing.local() ? cancellation.cancel(userId, orderId) : routing.owner().cancelOrder(userId, orderId);
    }

    @Override
    public OrderView amendOrder(AmendOrderCommand command) {
        return routing.local() ? amendment.amend(command) : routing.owner().amendOrder(command);
    }

    @Override
    public OrderView getOrder(long userId, String orderId) {
        return orders.get(userId, orderId);
    }

    @Override
    public List<OrderView> listOrders(long userId, String symbolOrNull, boolean openOnly, int limit) {
        return orders.list(userId, symbolOrNull, openOnly, limit);
    }

    @Override
    public List<FillView> fills(long userId, String symbolOrNull, int limit) {
        return market.fills(userId, symbolOrNull, limit);
    }

    @Override
    public OrderPage listOrders(OrderQuery query) {
        return history.orders(query);
    }

    @Override
    public FillPage fills(FillQuery query) {
        return history.fills(query);
    }

    @Override
    public CanceledOrders cancelAll(long userId, String symbolOrNull) {
        return routing.local() ? cancelAll.cancelAll(userId, symbolOrNull) : routing.owner().cancelAll(userId, symbolOrNull);
    }

    @Override
    public DepthView depth(String symbol, int levelsMax) {
        return routing.local() ? market.depth(symbol, levelsMax) : routing.owner().depth(symbol, levelsMax);
    }

    @Override
    public List<PublicTradeView> trades(String symbol, int limit) {
        return market.trades(symbol, limit);
    }

    @Override
    public List<CandleView> candles(CandleQuery query) {
        return market.candles(query);
    }

    @Override
    public TickerView ticker(String symbol) {
        return market.ticker(symbol);
    }

    @Override
    public List<TickerView> tickers() {
        return market.tickers();
    }
}
