package org.opentrade.risk.domain.monitoring;

/** Test data: events with fresh ids, amounts in whole units unless a name says otherwise. */
final class Events {
    static final long ONE = 100_000_000L;
    static final String BTC_USD = "BTC-USD";
    static final long PRICE = 30_000 * ONE;

    private long sequence;

    private String nextId() {
        return "event-" + ++sequence;
    }

    /** 1 BTC at {@link #PRICE}: a notional of 30000. */
    TradeSeen trade(long timeMs, long buyer, long seller) {
        return trade(timeMs, buyer, seller, PRICE);
    }

    TradeSeen trade(long timeMs, long buyer, long seller, long price) {
        return new TradeSeen(nextId(), BTC_USD, "trade-" + sequence, price, ONE, price, buyer, seller, timeMs);
    }

    TradeSeen tradeOfNotional(long timeMs, long buyer, long seller, long notionalWhole) {
        return new TradeSeen(nextId(), BTC_USD, "trade-" + sequence, PRICE, ONE, notionalWhole * ONE, buyer, seller,
                timeMs);
    }

    OrderCanceledSeen cancel(long timeMs, long user) {
        return new OrderCanceledSeen(nextId(), user, BTC_USD, "order-" + sequence, timeMs);
    }

    DepositSeen deposit(long timeMs, long user, String asset, long units) {
        return new DepositSeen(nextId(), user, asset, units, timeMs);
    }

    WithdrawalSeen withdrawal(long timeMs, long user, String asset, long units) {
        return new WithdrawalSeen(nextId(), user, asset, units, timeMs);
    }
}
