package org.opentrade.trade.domain.matching;

import java.util.HashMap;
import java.util.Map;

import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.command.PlaceOrder;
import org.opentrade.trade.domain.matching.event.EngineEvent;
import org.opentrade.trade.domain.matching.event.OrderCanceled;
import org.opentrade.trade.domain.matching.event.OrderFilled;
import org.opentrade.trade.domain.matching.event.OrderRejected;
import org.opentrade.trade.domain.matching.event.Trade;

/**
 * In-memory balances with holds for the benchmark's users: the check a risk stage in front of an engine makes
 * (is the reservation covered? take it) and the bookkeeping after it (fills credit the counter-asset, releases give
 * the rest back). It makes the engine's figure comparable with peers whose figure includes such a stage.
 */
final class HoldLedger {
    private record Hold(int user, boolean buy, long reserved) {
    }

    private final Instrument instrument;
    private final long[] base;
    private final long[] quote;
    private final Map<Long, Hold> holds = new HashMap<>();

    HoldLedger(Instrument instrument, int users, long baseEach, long quoteEach) {
        this.instrument = instrument;
        this.base = new long[users + 1];
        this.quote = new long[users + 1];
        java.util.Arrays.fill(base, baseEach);
        java.util.Arrays.fill(quote, quoteEach);
    }

    /** Takes the order's reservation from its user's available balance; false (nothing taken) if not covered. */
    boolean reserve(PlaceOrder order, long protectionPrice) {
        long reserved = Reservation.forOrder(instrument, order.side(), order.type(), order.price(), protectionPrice,
                order.quantity());
        int user = (int) order.userId();
        long[] from = order.side() == Side.BUY ? quote : base;
        if (reserved <= 0 || from[user] < reserved) {
            return false;
        }
        from[user] -= reserved;
        holds.put(order.orderId(), new Hold(user, order.side() == Side.BUY, reserved));
        return true;
    }

    void apply(ExecutionResult result) {
        for (EngineEvent event : result.events()) {
            if (event instanceof Trade t) {
                base[(int) t.buyerUserId()] += t.quantity();
                quote[(int) t.sellerUserId()] += t.notional() - t.sellerFee();
            } else if (event instanceof OrderFilled f) {
                release(f.orderId(), f.releasedAmount());
            } else if (event instanceof OrderCanceled c) {
                release(c.orderId(), c.releasedAmount());
            } else if (event instanceof OrderRejected r) {
                Hold hold = holds.get(r.orderId());
                release(r.orderId(), hold == null ? 0 : hold.reserved());
            }
        }
    }

    private void release(long orderId, long amount) {
        Hold hold = holds.remove(orderId);
        if (hold != null) {
            (hold.buy() ? quote : base)[hold.user()] += amount;
        }
    }
}
