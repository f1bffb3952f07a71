package org.opentrade.risk.domain.monitoring;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link VolumeSpikeRule}: per user and symbol, traded notional in fixed buckets of event time (the newest one and the
 * {@code historyBuckets} before it). A trade in the newest bucket is judged; a late trade for an older bucket is
 * counted but not judged, its bucket's moment having passed. At most one alert per user, symbol and bucket.
 */
final class VolumeSpikeDetector implements Detector {

    private record UserSymbol(long userId, String symbol) {
    }

    private static final class Notionals {
        final TimeSlots buckets;
        long alertedBucket = Long.MIN_VALUE;

        Notionals(VolumeSpikeRule rule) {
            buckets = new TimeSlots(rule.bucketMs(), rule.historyBuckets() + 1);
        }
    }

    private final VolumeSpikeRule rule;
    private final LeastRecentlySeen<UserSymbol, Notionals> traders;

    VolumeSpikeDetector(VolumeSpikeRule rule, int usersTrackedMax) {
        this.rule = rule;
        this.traders = new LeastRecentlySeen<>(usersTrackedMax);
    }

    @Override
    public List<Alert> observe(MonitoredEvent event) {
        if (!(event instanceof TradeSeen trade)) {
            return List.of();
        }
        // a key idle for the whole history has only empty buckets: the same as a key not tracked
        traders.dropSeenBefore(trade.timeMs() - rule.bucketMs() * (rule.historyBuckets() + 1L));
        List<Alert> alerts = new ArrayList<>(2);
        traded(trade.buyerUserId(), trade, alerts);
        if (!trade.isSelfTrade()) {
            traded(trade.sellerUserId(), trade, alerts);
        }
        return alerts;
    }

    private void traded(long userId, TradeSeen trade, List<Alert> alerts) {
        Notionals state = traders.seen(new UserSymbol(userId, trade.symbol()), trade.timeMs(),
                () -> new Notionals(rule));
        TimeSlots buckets = state.buckets;
        buckets.add(trade.timeMs(), trade.notional());
        long bucket = buckets.slotOf(trade.timeMs());
        if (bucket != buckets.newestSlot() || bucket == state.alertedBucket) {
            return;
        }
        long current = buckets.newest();
        long history = buckets.total(trade.timeMs()) - current;
        if (current < rule.notionalMin() || !spike(current, history)) {
            return;
        }
        state.alertedBucket = bucket;
        alerts.add(new Alert(VolumeSpikeRule.NAME, userId, rule.severity(), evidence(userId, trade, current, history),
                trade.eventId(), trade.timeMs()));
    }

    /** current >= factor x history / historyBuckets, multiplied out: exact, and a product may pass a long. */
    private boolean spike(long current, long history) {
        BigInteger scaledCurrent = BigInteger.valueOf(current).multiply(BigInteger.valueOf(rule.historyBuckets()));
        BigInteger scaledHistory = BigInteger.valueOf(history).multiply(BigInteger.valueOf(rule.factor()));
        return scaledCurrent.compareTo(scaledHistory) >= 0;
    }

    private String evidence(long userId, TradeSeen trade, long current, long history) {
        return "user " + userId + " traded " + Evidence.amount(current) + " notional on " + trade.symbol() + " in a "
                + Evidence.duration(rule.bucketMs()) + " bucket, against an average of "
                + Evidence.amount(history / rule.historyBuckets()) + " over the " + rule.historyBuckets()
                + " buckets before (thresholds: " + rule.factor() + "x the average and "
                + Evidence.amount(rule.notionalMin()) + ")";
    }

    int keysTracked() {
        return traders.size();
    }
}
