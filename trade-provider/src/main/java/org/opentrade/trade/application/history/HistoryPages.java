package org.opentrade.trade.application.history;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.page.PageLimits;
import org.opentrade.api.page.TimeWindow;
import org.opentrade.api.trade.FillPage;
import org.opentrade.api.trade.FillQuery;
import org.opentrade.api.trade.OrderPage;
import org.opentrade.api.trade.OrderQuery;
import org.opentrade.trade.application.market.TradeHistory;
import org.opentrade.trade.application.order.Orders;
import org.springframework.stereotype.Service;

/**
 * A user's order and fill history in pages, newest first, each resumed from the previous page's cursor. Input is
 * checked here, whoever calls (the facade checks it too, but a Dubbo client need not be the facade).
 */
@Service
public class HistoryPages {
    private final Orders orders;
    private final TradeHistory fills;

    public HistoryPages(Orders orders, TradeHistory fills) {
        this.orders = orders;
        this.fills = fills;
    }

    public OrderPage orders(OrderQuery query) {
        int limit = PageLimits.checked(query.limit(), OrderQuery.LIMIT_MAX);
        TimeWindow window = TimeWindow.of(query.fromEpochMs(), query.toEpochMs());
        OrderCursor after = query.cursor() == null ? null : OrderCursor.decode(query.cursor());
        return orders.page(query.userId(), query.symbol(), query.openOnly(), window, after, limit);
    }

    public FillPage fills(FillQuery query) {
        int limit = PageLimits.checked(query.limit(), FillQuery.LIMIT_MAX);
        TimeWindow window = TimeWindow.of(query.fromEpochMs(), query.toEpochMs());
        FillCursor after = query.cursor() == null ? null : FillCursor.decode(query.cursor());
        Long orderId = query.orderId() == null ? null : ownOrder(query.userId(), query.orderId());
        return fills.page(query.userId(), query.symbol(), orderId, window, after, limit);
    }

    /** The fills of someone else's order are as unknown as the order itself: ORDER_NOT_FOUND. */
    private long ownOrder(long userId, String orderId) {
        long id;
        try {
            id = Long.parseLong(orderId);
        } catch (NumberFormatException e) {
            throw notFound(orderId);
        }
        return orders.byId(userId, id).orElseThrow(() -> notFound(orderId)).orderId();
    }

    private static BusinessException notFound(String orderId) {
        return new BusinessException(ErrorCode.ORDER_NOT_FOUND, "order not found: " + orderId);
    }
}
