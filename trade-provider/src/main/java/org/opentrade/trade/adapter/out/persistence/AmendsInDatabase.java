package org.opentrade.trade.adapter.out.persistence;

import java.util.List;

import org.opentrade.platform.db.Primary;
import org.opentrade.trade.application.order.Amends;
import org.opentrade.trade.domain.order.AmendRecord;
import org.opentrade.trade.domain.order.AmendStatus;
import org.springframework.stereotype.Repository;

@Repository
class AmendsInDatabase implements Amends {

    private final AmendMapper mapper;

    AmendsInDatabase(AmendMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void insertPending(List<AmendRecord> amends) {
        if (!amends.isEmpty()) {
            mapper.insertPending(amends);
        }
    }

    @Override
    public void refuseAll(List<Refusal> refusals) {
        refusals.forEach(r -> mapper.refuse(r.userId(), r.amendId(), r.reason()));
    }

    @Override
    public List<AmendRecord> pendingBefore(long beforeMs, int limit) {
        return Primary.read(() -> mapper.pendingBefore(beforeMs, limit)).stream().map(AmendsInDatabase::toRecord)
                .toList();
    }

    @Override
    public List<Release> dueReleases(int limit) {
        return Primary.read(() -> mapper.dueReleases(limit)).stream()
                .map(r -> new Release(r.amendId, r.orderId, r.userId, r.holdAsset, r.releaseAmount)).toList();
    }

    @Override
    public void markReleased(List<Release> released) {
        if (!released.isEmpty()) {
            mapper.markReleased(released);
        }
    }

    private static AmendRecord toRecord(AmendRow r) {
        return new AmendRecord(r.amendId, r.orderId, r.userId, r.symbol, r.price, r.quantity, r.holdAsset,
                r.holdAdded, AmendStatus.valueOf(r.status), r.reason, r.createdAt == null ? 0 : r.createdAt.getTime());
    }
}
