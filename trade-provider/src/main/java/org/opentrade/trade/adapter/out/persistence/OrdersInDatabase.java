package org.opentrade.trade.adapter.out.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.opentrade.api.page.Pages;
import org.opentrade.api.page.TimeWindow;
import org.opentrade.api.trade.OrderPage;
import org.opentrade.platform.db.Primary;
import org.opentrade.trade.application.history.OrderCursor;
import org.opentrade.trade.domain.order.OrderRecord;
import org.opentrade.trade.application.order.OpenOrderCounts;
import org.opentrade.trade.application.order.Orders;
import org.opentrade.trade.domain.order.OrderStatus;
import org.springframework.stereotype.Repository;

@Repository
class OrdersInDatabase implements Orders {

    private final OrderMapper mapper;

    OrdersInDatabase(OrderMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Set<Long> insertPending(List<OrderRecord> orders) {
        if (orders.isEmpty() || mapper.insertPending(orders) == orders.size()) {
            return Set.of();
        }
        // some clientOrderIds were taken: the rows now under them that are not ours are the originals
        Map<String, Long> holder = new HashMap<>();
        Primary.read(() -> mapper.byClientOrderIds(orders))
                .forEach(r -> holder.put(r.userId + "/" + r.clientOrderId, r.orderId));
        Set<Long> repeated = new HashSet<>();
        for (OrderRecord o : orders) {
            Long stored = holder.get(o.userId() + "/" + o.clientOrderId());
            if (stored == null || stored != o.orderId()) {
                repeated.add(o.orderId());
            }
        }
        return repeated;
    }

    @Override
    public OpenOrderCounts unfinishedGtcCounts(Collection<Long> userIds) {
        OpenOrderCounts counts = new OpenOrderCounts();
        Primary.read(() -> mapper.unfinishedGtcCounts(userIds)).forEach(r -> counts.add(r.userId, r.symbol, r.unfinished));
        return counts;
    }

    @Override
    public Optional<OrderRecord> byId(long userId, long orderId) {
        return Optional.ofNullable(Primary.read(() -> mapper.byId(userId, orderId))).map(OrdersInDatabase::toRecord);
    }

    @Override
    public Optional<OrderRecord> byClientOrderId(long userId, String clientOrderId) {
        return Optional.ofNullable(Primary.read(() -> mapper.byClientOrderId(userId, clientOrderId)))
                .map(OrdersInDatabase::toRecord);
    }

    @Override
    public List<OrderRecord> list(long userId, String symbolOrNull, boolean openOnly, int limit) {
        return Primary.read(() -> mapper.list(userId, symbolOrNull, openOnly, limit)).stream()
                .map(OrdersInDatabase::toRecord).toList();
    }

    @Override
    public OrderPage page(long userId, String symbolOrNull, boolean openOnly, TimeWindow window, OrderCursor afterOrNull,
                          int limit) {
        Long beforeId = afterOrNull == null ? null : afterOrNull.lastOrderId();
        List<OrderRow> rows = Primary.read(() -> mapper.page(userId, symbolOrNull, openOnly, window.fromMs(),
                window.toMs(), beforeId, limit + 1));
        return Pages.of(rows, limit, r -> toRecord(r).view(), r -> new OrderCursor(r.orderId).encode(), OrderPage::new);
    }

    @Override
    public long countOpen(long userId, String symbolOrNull) {
        return Primary.read(() -> mapper.countOpen(userId, symbolOrNull));
    }

    @Override
    public void rejectAll(List<Rejection> rejections) {
        rejections.forEach(r -> mapper.reject(r.userId(), r.orderId(), r.reason()));
    }

    @Override
    public List<OrderRecord> pendingBefore(long beforeMs, int limit) {
        return Primary.read(() -> mapper.pendingBefore(beforeMs, limit)).stream().map(OrdersInDatabase::toRecord).toList();
    }

    @Override
    public List<Release> dueReleases(int limit) {
        return Primary.read(() -> mapper.dueReleases(limit)).stream()
                .map(r -> new Release(r.orderId, r.userId, r.reserveAsset, r.releaseAmount)).toList();
    }

    @Override
    public void markReleased(List<Release> released) {
        if (!released.isEmpty()) {
            mapper.markReleased(released);
        }
    }

    static OrderRecord toRecord(OrderRow r) {
        return new OrderRecord(r.orderId, r.userId, r.clientOrderId, r.symbol, r.side, r.type, r.timeInForce,
                r.postOnly, r.price, r.quantity, r.filledQuantity, r.reserveAsset, r.reserved,
                OrderStatus.valueOf(r.status), r.rejectReason, r.createdAt == null ? 0 : r.createdAt.getTime());
    }
}
