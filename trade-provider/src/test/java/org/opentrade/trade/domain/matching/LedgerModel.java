package org.opentrade.trade.domain.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.opentrade.trade.domain.matching.event.EngineEvent;
import org.opentrade.trade.domain.matching.event.OrderAccepted;
import org.opentrade.trade.domain.matching.event.OrderAmended;
import org.opentrade.trade.domain.matching.event.OrderCanceled;
import org.opentrade.trade.domain.matching.event.OrderFilled;
import org.opentrade.trade.domain.matching.event.Trade;

/**
 * Settles engine events the way the fund service will (freeze on acceptance, move per trade,
 * freeze and release per amend, release at the end) and checks that money and quantity are
 * conserved: every order fills at most its quantity, both sides of the market fill the same
 * total, every asset sums to zero over users and the fee account, and each user's frozen
 * balance equals the unused holds of their open orders.
 */
final class LedgerModel {

    private static final int BASE = 0;
    private static final int QUOTE = 1;

    private static final class Track {
        long user;
        Side side;
        long quantity;
        long filled;
        long reserved;
        long consumed;
    }

    private final Map<Long, Track> open = new HashMap<>();
    /** user -> [available base, available quote, frozen base, frozen quote]. */
    private final Map<Long, long[]> balances = new HashMap<>();
    private long feeAccountQuote;
    private long filledBuy;
    private long filledSell;

    void apply(List<EngineEvent> events) {
        for (EngineEvent event : events) {
            if (event instanceof OrderAccepted accepted) {
                accept(accepted);
            } else if (event instanceof Trade trade) {
                settle(trade);
            } else if (event instanceof OrderAmended amended) {
                amend(amended);
            } else if (event instanceof OrderFilled filled) {
                Track track = close(filled.orderId());
                require(track.filled == track.quantity, () -> "OrderFilled before the whole quantity traded");
                release(track, filled.releasedAmount());
            } else if (event instanceof OrderCanceled canceled) {
                Track track = close(canceled.orderId());
                require(canceled.remainingQuantity() == track.quantity - track.filled, () -> "canceled remainder mismatch");
                require(canceled.remainingQuantity() > 0, () -> "canceled with nothing left");
                release(track, canceled.releasedAmount());
            }
        }
    }

    private void accept(OrderAccepted accepted) {
        require(!open.containsKey(accepted.orderId()), () -> "accepted an id that is still open: " + accepted.orderId());
        Track track = new Track();
        track.user = accepted.userId();
        track.side = accepted.side();
        track.quantity = accepted.quantity();
        track.reserved = accepted.reservedAmount();
        open.put(accepted.orderId(), track);
        move(track.user, asset(track.side), -track.reserved, track.reserved);
    }

    /** The amend's own hold is frozen, then what the order does not need of it (or of its old hold) released. */
    private void amend(OrderAmended amended) {
        Track track = open.get(amended.orderId());
        require(track != null, () -> "amend of an order that is not open: " + amended.orderId());
        require(amended.releasedAmount() >= 0, () -> "an amend released a negative amount");
        require(track.reserved + amended.holdAdded() - amended.releasedAmount() == amended.reservedAmount(),
                () -> "amended hold is not the old hold plus the added less the released");
        require(amended.remainingQuantity() == amended.quantity() - track.filled, () -> "amended remainder mismatch");
        require(amended.reservedAmount() >= track.consumed, () -> "amended hold below what fills consumed");
        move(track.user, asset(track.side), -amended.holdAdded(), amended.holdAdded());
        move(track.user, asset(track.side), amended.releasedAmount(), -amended.releasedAmount());
        track.reserved = amended.reservedAmount();
        track.quantity = amended.quantity();
    }

    private void settle(Trade trade) {
        Track buyer = open.get(trade.buyerOrderId());
        Track seller = open.get(trade.sellerOrderId());
        require(buyer != null && seller != null, () -> "trade of an order that is not open");
        require(buyer.side == Side.BUY && seller.side == Side.SELL, () -> "trade sides mismatch");
        require(buyer.user != seller.user, () -> "self-trade happened between orders of user " + buyer.user);
        require(trade.quantity() > 0 && trade.sellerFee() <= trade.notional(), () -> "bad trade amounts");
        long buyerUses = trade.notional() + trade.buyerFee();
        fill(buyer, trade.quantity(), buyerUses);
        fill(seller, trade.quantity(), trade.quantity());
        require(buyerUses == (trade.takerSide() == Side.BUY ? trade.takerHoldConsumed() : trade.makerHoldConsumed()), () ->
                "buyer hold consumed mismatch");
        move(buyer.user, QUOTE, 0, -buyerUses);
        move(buyer.user, BASE, trade.quantity(), 0);
        move(seller.user, BASE, 0, -trade.quantity());
        move(seller.user, QUOTE, trade.notional() - trade.sellerFee(), 0);
        feeAccountQuote += trade.buyerFee() + trade.sellerFee();
        filledBuy += trade.quantity();
        filledSell += trade.quantity();
    }

    private void fill(Track track, long quantity, long holdUsed) {
        track.filled += quantity;
        track.consumed += holdUsed;
        require(track.filled <= track.quantity, () -> "order filled beyond its quantity");
        require(track.consumed <= track.reserved, () -> "order used more than its hold");
    }

    private Track close(long orderId) {
        Track track = open.remove(orderId);
        require(track != null, () -> "completion of an order that is not open: " + orderId);
        return track;
    }

    private void release(Track track, long released) {
        require(released == track.reserved - track.consumed, () -> "released amount is not the unused hold");
        move(track.user, asset(track.side), released, -released);
    }

    /** Everything conserved, frozen balances equal open holds; O(users + open orders). */
    void check() {
        require(filledBuy == filledSell, () -> "buy and sell fills differ");
        long[] sums = new long[2];
        Map<Long, long[]> expectedFrozen = new HashMap<>();
        for (Track track : open.values()) {
            expectedFrozen.computeIfAbsent(track.user, u -> new long[2])[asset(track.side)] += track.reserved - track.consumed;
        }
        for (Map.Entry<Long, long[]> entry : balances.entrySet()) {
            long[] b = entry.getValue();
            long[] expected = expectedFrozen.getOrDefault(entry.getKey(), new long[2]);
            require(b[2] == expected[BASE] && b[3] == expected[QUOTE], () -> "frozen != open holds for user " + entry.getKey());
            require(b[2] >= 0 && b[3] >= 0, () -> "negative frozen balance");
            sums[BASE] += b[0] + b[2];
            sums[QUOTE] += b[1] + b[3];
        }
        require(sums[BASE] == 0, () -> "base does not sum to zero: " + sums[BASE]);
        require(sums[QUOTE] + feeAccountQuote == 0, () -> "quote plus fees does not sum to zero: " + sums[QUOTE]);
    }

    int openOrders() {
        return open.size();
    }

    long filledQuantity() {
        return filledBuy;
    }

    private void move(long user, int asset, long available, long frozen) {
        long[] b = balances.computeIfAbsent(user, u -> new long[4]);
        b[asset] += available;
        b[2 + asset] += frozen;
    }

    private static int asset(Side side) {
        return side == Side.BUY ? QUOTE : BASE;
    }

    private static void require(boolean condition, Supplier<String> message) {
        if (!condition) {
            throw new AssertionError("ledger: " + message.get());
        }
    }
}
