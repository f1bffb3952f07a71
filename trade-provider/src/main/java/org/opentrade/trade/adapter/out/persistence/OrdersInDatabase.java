package org.opentrade.trade.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import org.opentrade.trade.application.order.OrderRecord;
import org.opentrade.trade.application.order.Orders;
import org.opentrade.trade.domain.order.OrderStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

@Repository
class OrdersInDatabase implements Orders {

    private final OrderMapper mapper;

    OrdersInDatabase(OrderMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean insert(OrderRecord order) {
        try {
            return mapper.insert(order) == 1;
        } catch (DuplicateKeyException sameClientOrderId) {
            return false;
        }
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
    public void reject(long userId, long orderId, String reason) {
        mapper.reject(userId, orderId, reason);
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
    public void markReleased(long userId, long orderId) {
        mapper.markReleased(userId, orderId);
    }

    static OrderRecord toRecord(OrderRow r) {
        return new OrderRecord(r.orderId, r.userId, r.clientOrderId, r.symbol, r.side, r.type, r.timeInForce,
                r.postOnly, r.price, r.quantity, r.filledQuantity, r.reserveAsset, r.reserved,
                OrderStatus.valueOf(r.status), r.rejectReason, r.createdAt == null ? 0 : r.createdAt.getTime());
    }
}
