package org.opentrade.risk.domain.monitoring;

import java.util.List;

/**
 * {@link WashTradingRule}: per symbol, pair of users and price, the trades each way in the window; the round trips are
 * the smaller of the two counts (each of A's buys matched by one of B's), or every trade of a self-trader. At most one
 * alert per pair and price per window, so that a pair that keeps going is reported once a window, not once a trade.
 */
final class WashTradingDetector implements Detector {

    /** A self-trader's pair is the user with itself. */
    private record PairAtPrice(String symbol, long lowUserId, long highUserId, long price) {
    }

    private static final class RoundTrips {
        final TimeSlots lowBuys;
        final TimeSlots highBuys;
        long quietUntilMs = Long.MIN_VALUE;

        RoundTrips(long windowMs) {
            lowBuys = TimeSlots.window(windowMs);
            highBuys = TimeSlots.window(windowMs);
        }
    }

    private final WashTradingRule rule;
    private final LeastRecentlySeen<PairAtPrice, RoundTrips> pairs;

    WashTradingDetector(WashTradingRule rule, int pairsTrackedMax) {
        this.rule = rule;
        this.pairs = new LeastRecentlySeen<>(pairsTrackedMax);
    }

    @Override
    public List<Alert> observe(MonitoredEvent event) {
        if (!(event instanceof TradeSeen trade)) {
            return List.of();
        }
        long low = Math.min(trade.buyerUserId(), trade.sellerUserId());
        long high = Math.max(trade.buyerUserId(), trade.sellerUserId());
        PairAtPrice key = new PairAtPrice(trade.symbol(), low, high, trade.price());
        RoundTrips state = pairs.seen(key, trade.timeMs(), () -> new RoundTrips(rule.windowMs()));
        pairs.dropSeenBefore(trade.timeMs() - rule.windowMs());
        (trade.buyerUserId() == low ? state.lowBuys : state.highBuys).add(trade.timeMs(), 1);
        long lowBought = state.lowBuys.total(trade.timeMs());
        long highBought = state.highBuys.total(trade.timeMs());
        long roundTrips = trade.isSelfTrade() ? lowBought : Math.min(lowBought, highBought);
        if (roundTrips < rule.roundTripsMin() || trade.timeMs() < state.quietUntilMs) {
            return List.of();
        }
        state.quietUntilMs = trade.timeMs() + rule.windowMs();
        String evidence = evidence(key, trade.isSelfTrade(), lowBought, highBought, roundTrips);
        Alert lowAlert = alert(low, evidence, trade);
        return trade.isSelfTrade() ? List.of(lowAlert) : List.of(lowAlert, alert(high, evidence, trade));
    }

    private String evidence(PairAtPrice key, boolean selfTrade, long lowBought, long highBought, long roundTrips) {
        String window = " within " + Evidence.duration(rule.windowMs()) + " (threshold " + rule.roundTripsMin() + ")";
        String where = key.symbol() + " at " + Evidence.amount(key.price());
        if (selfTrade) {
            return "user " + key.lowUserId() + " traded with itself " + roundTrips + " times on " + where + window;
        }
        return roundTrips + " round trips between users " + key.lowUserId() + " and " + key.highUserId() + " on "
                + where + ": " + key.lowUserId() + " bought " + lowBought + " times, " + key.highUserId() + " bought "
                + highBought + " times" + window;
    }

    private Alert alert(long userId, String evidence, TradeSeen trade) {
        return new Alert(WashTradingRule.NAME, userId, rule.severity(), evidence, trade.eventId(), trade.timeMs());
    }

    int pairsTracked() {
        return pairs.size();
    }
}
