package org.opentrade.risk.domain.monitoring;

import java.util.List;

/**
 * {@link CancelToFillRule}: per user, cancels and fills in the window (a trade is one fill for each user in it). Only
 * a cancel can tip the ratio over, so only a cancel is judged; at most one alert per user per window.
 */
final class CancelToFillDetector implements Detector {

    private static final class CancelsAndFills {
        final TimeSlots cancels;
        final TimeSlots fills;
        long quietUntilMs = Long.MIN_VALUE;

        CancelsAndFills(long windowMs) {
            cancels = TimeSlots.window(windowMs);
            fills = TimeSlots.window(windowMs);
        }
    }

    private final CancelToFillRule rule;
    private final LeastRecentlySeen<Long, CancelsAndFills> users;

    CancelToFillDetector(CancelToFillRule rule, int usersTrackedMax) {
        this.rule = rule;
        this.users = new LeastRecentlySeen<>(usersTrackedMax);
    }

    @Override
    public List<Alert> observe(MonitoredEvent event) {
        users.dropSeenBefore(event.timeMs() - rule.windowMs());
        if (event instanceof TradeSeen trade) {
            return filled(trade);
        }
        if (event instanceof OrderCanceledSeen cancel) {
            return canceled(cancel);
        }
        return List.of();
    }

    private List<Alert> filled(TradeSeen trade) {
        stateOf(trade.buyerUserId(), trade.timeMs()).fills.add(trade.timeMs(), 1);
        if (!trade.isSelfTrade()) {
            stateOf(trade.sellerUserId(), trade.timeMs()).fills.add(trade.timeMs(), 1);
        }
        return List.of();
    }

    private List<Alert> canceled(OrderCanceledSeen cancel) {
        CancelsAndFills state = stateOf(cancel.userId(), cancel.timeMs());
        state.cancels.add(cancel.timeMs(), 1);
        long cancels = state.cancels.total(cancel.timeMs());
        long fills = state.fills.total(cancel.timeMs());
        // cancels / max(fills, 1) >= ratioMin, in whole numbers and without a product that could overflow
        boolean ratioReached = cancels / rule.ratioMin() >= Math.max(fills, 1);
        if (cancels < rule.cancelsMin() || !ratioReached || cancel.timeMs() < state.quietUntilMs) {
            return List.of();
        }
        state.quietUntilMs = cancel.timeMs() + rule.windowMs();
        String evidence = "user " + cancel.userId() + " canceled " + cancels + " orders and had " + fills
                + " fills within " + Evidence.duration(rule.windowMs()) + " (thresholds: " + rule.cancelsMin()
                + " cancels, " + rule.ratioMin() + " cancels per fill); last cancel " + cancel.orderId() + " on "
                + cancel.symbol();
        return List.of(new Alert(CancelToFillRule.NAME, cancel.userId(), rule.severity(), evidence, cancel.eventId(),
                cancel.timeMs()));
    }

    private CancelsAndFills stateOf(long userId, long timeMs) {
        return users.seen(userId, timeMs, () -> new CancelsAndFills(rule.windowMs()));
    }

    int usersTracked() {
        return users.size();
    }
}
