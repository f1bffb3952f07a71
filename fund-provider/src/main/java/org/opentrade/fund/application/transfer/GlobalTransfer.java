package org.opentrade.fund.application.transfer;

import org.apache.seata.spring.annotation.GlobalTransactional;
import org.springframework.stereotype.Component;

/**
 * The Seata global transaction of one transfer: both tries succeed and the coordinator confirms both legs, or any
 * failure rolls back and it cancels both. Kept apart from {@link Transfers} so that the idempotency claim before
 * it is a local commit of its own.
 */
@Component
public class GlobalTransfer {
    static final int TIMEOUT_MS = 30_000;

    private final TransferLegs legs;

    public GlobalTransfer(TransferLegs legs) {
        this.legs = legs;
    }

    @GlobalTransactional(name = "transfer", timeoutMills = TIMEOUT_MS, rollbackFor = Exception.class)
    public void run(TransferRecord transfer) {
        legs.tryOut(null, transfer.transferId(), transfer.fromUserId(), transfer.asset(), transfer.amount());
        legs.tryIn(null, transfer.transferId(), transfer.toUserId(), transfer.asset(), transfer.amount());
    }
}
