package org.opentrade.trade.domain.matching;

import java.util.List;

import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.event.EngineEvent;
import org.opentrade.trade.domain.matching.event.OrderFilled;
import org.opentrade.trade.domain.matching.event.Trade;
import org.opentrade.trade.domain.money.FeeAccrual;
import org.opentrade.trade.domain.money.Notional;

/**
 * Trades one taker against the opposite side, best price first and, within a price, oldest
 * first; every fill is at the maker's price. Owns the dense trade id counter.
 */
final class Matcher {

    private final Instrument instrument;
    private final OrderBook book;
    private long lastTradeId;

    Matcher(Instrument instrument, OrderBook book) {
        this.instrument = instrument;
        this.book = book;
    }

    void restoreLastTradeId(long tradeId) {
        lastTradeId = tradeId;
    }

    long lastTradeId() {
        return lastTradeId;
    }

    /**
     * Fills the taker as far as its price allows.
     *
     * @return true when matching stopped at one of the taker's own orders (self-trade prevention)
     */
    boolean match(Order taker, long sequence, List<EngineEvent> events) {
        BookSide opposite = book.side(taker.side.opposite());
        while (taker.remaining > 0) {
            PriceLevel level = opposite.best();
            if (level == null || !taker.crosses(level.price)) {
                return false;
            }
            Order maker = level.head;
            if (maker.userId == taker.userId) {
                return true;
            }
            long quantity = Math.min(taker.remaining, maker.remaining);
            events.add(fill(maker, taker, level, quantity, sequence));
            if (maker.remaining == 0) {
                book.remove(maker);
                events.add(new OrderFilled(maker.orderId, maker.userId, maker.unconsumed()));
            }
        }
        return false;
    }

    private Trade fill(Order maker, Order taker, PriceLevel level, long quantity, long sequence) {
        long price = level.price;
        long notional = Notional.of(price, quantity);
        long makerFee = accrueFee(maker, notional, instrument.makerFeeRatePpm());
        long takerFee = accrueFee(taker, notional, instrument.takerFeeRatePpm());
        long makerUsed = consume(maker, quantity, notional, makerFee);
        long takerUsed = consume(taker, quantity, notional, takerFee);
        level.reduce(maker, quantity);
        taker.remaining -= quantity;
        return new Trade(sequence, ++lastTradeId, taker.side, price, quantity, notional,
                maker.orderId, maker.userId, makerFee, makerUsed,
                taker.orderId, taker.userId, takerFee, takerUsed);
    }

    /** This fill's share of the order's rounded-up running fee (see FeeAccrual). */
    private static long accrueFee(Order order, long notional, long ratePpm) {
        long fee = FeeAccrual.feeFor(order.feeCarryPpm, notional, ratePpm);
        order.feeCarryPpm = FeeAccrual.carryAfter(order.feeCarryPpm, notional, ratePpm);
        return fee;
    }

    /** Books the part of the order's hold this fill uses up, and returns it. */
    private static long consume(Order order, long quantity, long notional, long fee) {
        long used = Reservation.consumedByFill(order.side, quantity, notional, fee);
        order.consumed = Math.addExact(order.consumed, used);
        return used;
    }
}
