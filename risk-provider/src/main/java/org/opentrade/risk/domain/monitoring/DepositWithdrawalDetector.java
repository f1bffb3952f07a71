package org.opentrade.risk.domain.monitoring;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * {@link DepositWithdrawalRule}: per user, the deposits of the window not yet followed by a trade of that user. A
 * withdrawal is matched against the newest such deposit of its asset it is large enough for; that deposit then makes
 * no second alert. A trade at the same millisecond as a deposit counts as after it: their order is unknown, and the
 * rule is about money that was never traded.
 */
final class DepositWithdrawalDetector implements Detector {
    /** More deposits than this within one window is itself unusual; the oldest make room, the newest matter most. */
    static final int DEPOSITS_PER_USER_MAX = 32;

    private final DepositWithdrawalRule rule;
    private final LeastRecentlySeen<Long, Deque<DepositSeen>> users;

    DepositWithdrawalDetector(DepositWithdrawalRule rule, int usersTrackedMax) {
        this.rule = rule;
        this.users = new LeastRecentlySeen<>(usersTrackedMax);
    }

    @Override
    public List<Alert> observe(MonitoredEvent event) {
        users.dropSeenBefore(event.timeMs() - rule.windowMs());
        if (event instanceof DepositSeen deposit) {
            deposited(deposit);
        } else if (event instanceof TradeSeen trade) {
            traded(trade.buyerUserId(), trade.timeMs());
            traded(trade.sellerUserId(), trade.timeMs());
        } else if (event instanceof WithdrawalSeen withdrawal) {
            return withdrawn(withdrawal);
        }
        return List.of();
    }

    private void deposited(DepositSeen deposit) {
        Deque<DepositSeen> deposits = users.seen(deposit.userId(), deposit.timeMs(), ArrayDeque::new);
        deposits.removeIf(older -> older.timeMs() < deposit.timeMs() - rule.windowMs());
        if (deposits.size() == DEPOSITS_PER_USER_MAX) {
            deposits.removeFirst();
        }
        deposits.addLast(deposit);
    }

    private void traded(long userId, long timeMs) {
        Deque<DepositSeen> deposits = users.seenIfTracked(userId, timeMs);
        if (deposits != null) {
            deposits.removeIf(deposit -> deposit.timeMs() <= timeMs);
        }
    }

    private List<Alert> withdrawn(WithdrawalSeen withdrawal) {
        Deque<DepositSeen> deposits = users.seenIfTracked(withdrawal.userId(), withdrawal.timeMs());
        if (deposits == null) {
            return List.of();
        }
        for (Iterator<DepositSeen> newestFirst = deposits.descendingIterator(); newestFirst.hasNext(); ) {
            DepositSeen deposit = newestFirst.next();
            if (matches(deposit, withdrawal)) {
                newestFirst.remove();
                return List.of(alert(deposit, withdrawal));
            }
        }
        return List.of();
    }

    private boolean matches(DepositSeen deposit, WithdrawalSeen withdrawal) {
        long afterMs = withdrawal.timeMs() - deposit.timeMs();
        return deposit.asset().equals(withdrawal.asset()) && afterMs >= 0 && afterMs <= rule.windowMs()
                && largeEnough(withdrawal.amount(), deposit.amount());
    }

    /** withdrawn x 100 >= deposited x fractionPercent: exact, and the products may pass a long. */
    private boolean largeEnough(long withdrawn, long deposited) {
        return BigInteger.valueOf(withdrawn).multiply(BigInteger.valueOf(100))
                .compareTo(BigInteger.valueOf(deposited).multiply(BigInteger.valueOf(rule.fractionPercent()))) >= 0;
    }

    private Alert alert(DepositSeen deposit, WithdrawalSeen withdrawal) {
        String evidence = "user " + withdrawal.userId() + " asked to withdraw " + Evidence.amount(withdrawal.amount())
                + " " + withdrawal.asset() + " " + Evidence.duration(withdrawal.timeMs() - deposit.timeMs())
                + " after depositing " + Evidence.amount(deposit.amount()) + " " + deposit.asset()
                + " (deposit event " + deposit.eventId() + "), with no trade in between (thresholds: "
                + rule.fractionPercent() + " % within " + Evidence.duration(rule.windowMs()) + ")";
        return new Alert(DepositWithdrawalRule.NAME, withdrawal.userId(), rule.severity(), evidence,
                withdrawal.eventId(), withdrawal.timeMs());
    }

    int usersTracked() {
        return users.size();
    }
}
