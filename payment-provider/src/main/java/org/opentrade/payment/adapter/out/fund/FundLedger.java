package org.opentrade.payment.adapter.out.fund;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.rpc.RpcException;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.fund.FundService;
import org.opentrade.api.fund.LedgerEntryView;
import org.opentrade.api.fund.LedgerMovement;
import org.opentrade.api.fund.LedgerPage;
import org.opentrade.api.fund.LedgerQuery;
import org.opentrade.payment.application.port.Ledger;
import org.opentrade.payment.domain.Payment;
import org.springframework.stereotype.Component;

/**
 * fund-provider over Dubbo. The business reference of every movement is the payment id, so fund-provider's unique
 * journal reference ("DEPOSIT:&lt;id&gt;", "WITHDRAWAL:&lt;id&gt;", "WITHDRAWAL_REFUND:&lt;id&gt;") makes each one happen once.
 * Inside a Seata global transaction {@link SeataXidPropagation} carries the XID, and fund-provider's withdraw
 * becomes its TCC branch.
 */
@Component
class FundLedger implements Ledger {
    static final int LEDGER_PAGE_SIZE = 200;

    @DubboReference(check = false)
    private FundService funds;

    @Override
    public void credit(Payment deposit) {
        call(() -> funds.deposit(movement(deposit)));
    }

    @Override
    public void holdForWithdrawal(Payment withdrawal) {
        call(() -> funds.withdraw(movement(withdrawal)));
    }

    @Override
    public void refund(Payment withdrawal) {
        call(() -> funds.refundWithdrawal(movement(withdrawal)));
    }

    /**
     * fund-provider unreachable, timed out or rate limited: a business failure the callers' callers understand (503,
     * the bank retries its notification, the sweeper retries its step), not a bare exception that would be a 500.
     */
    private static void call(Runnable movement) {
        try {
            movement.run();
        } catch (RpcException unavailable) {
            throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "the ledger is unavailable; retry later");
        }
    }

    @Override
    public Map<String, Long> netByPayment(long userId, String asset, Set<String> paymentIds, int pagesMax) {
        Map<String, Long> net = new HashMap<>();
        paymentIds.forEach(id -> net.put(id, 0L));
        String cursor = null;
        for (int page = 0; page < pagesMax; page++) {
            LedgerPage entries = funds.ledger(new LedgerQuery(userId, asset, 0, 0, cursor, LEDGER_PAGE_SIZE));
            for (LedgerEntryView entry : entries.entries()) {
                String reference = entry.reference();
                int colon = reference == null ? -1 : reference.indexOf(':');
                String paymentId = colon < 0 ? null : reference.substring(colon + 1);
                if (paymentId != null && net.containsKey(paymentId) && "AVAILABLE".equals(entry.bucket())) {
                    net.merge(paymentId, entry.amount(), Long::sum);
                }
            }
            if (entries.nextCursor() == null) {
                return net;
            }
            cursor = entries.nextCursor();
        }
        return Map.of(); // history longer than we read: not checked rather than half checked
    }

    private static LedgerMovement movement(Payment payment) {
        return new LedgerMovement(payment.userId(), payment.asset(), payment.amount(), payment.paymentId());
    }
}
