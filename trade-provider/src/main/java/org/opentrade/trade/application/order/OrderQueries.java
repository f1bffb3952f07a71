package org.opentrade.trade.application.order;

import org.opentrade.trade.domain.order.OrderRecord;
import java.util.List;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.trade.OrderView;
import org.springframework.stereotype.Service;

/** Reading a user's own orders; any other order, or an id that is not one, is ORDER_NOT_FOUND. */
@Service
public class OrderQueries {

    private final Orders orders;
    private final PlacementSettings settings;

    public OrderQueries(Orders orders, PlacementSettings settings) {
        this.orders = orders;
        this.settings = settings;
    }

    public OrderView get(long userId, String orderId) {
        return find(orders, userId, orderId).view();
    }

    public List<OrderView> list(long userId, String symbolOrNull, boolean openOnly, int limit) {
        int bounded = Math.max(1, Math.min(limit, settings.listLimitMax()));
        return orders.list(userId, symbolOrNull, openOnly, bounded).stream().map(OrderRecord::view).toList();
    }

    static OrderRecord find(Orders orders, long userId, String orderId) {
        long id;
        try {
            id = Long.parseLong(orderId);
        } catch (NumberFormatException | NullPointerException e) {
            throw new BusinessException(ErrorCode.ORDER_NOT_FOUND, "order not found: " + orderId);
        }
        return orders.byId(userId, id)
                .orElseThrow(() -> new BusinessException(ErrorCode.ORDER_NOT_FOUND, "order not found: " + orderId));
    }
}
