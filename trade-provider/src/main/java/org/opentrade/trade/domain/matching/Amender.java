package org.opentrade.trade.domain.matching;

import java.util.List;

import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.command.AmendOrder;
import org.opentrade.trade.domain.matching.event.AmendRejected;
import org.opentrade.trade.domain.matching.event.EngineEvent;
import org.opentrade.trade.domain.matching.event.OrderAmended;
import org.opentrade.trade.domain.matching.event.OrderFilled;

/**
 * Amends a resting order in one step, so that it is never both gone and still holding: every check comes first
 * (a refusal changes nothing), then the order's terms and hold change together.
 *
 * <ul>
 *   <li>Quantity reduced at the same price (or no change at all): the order keeps its place in its queue.</li>
 *   <li>Any other change: the order leaves its queue and arrives again with its new terms, at the back of its new
 *       level; if the new price crosses it trades at once as a taker (taker fees, self-trade prevention expiring it,
 *       its fills settled like a new order's) and rests with what is left.</li>
 *   <li>Its unconsumed hold becomes exactly what its untraded rest can still consume ({@link
 *       Reservation#forRemainder}); the increase must fit in what was frozen for the amend beforehand, and what is
 *       left of that (or what the order no longer needs) is reported for release.</li>
 * </ul>
 */
final class Amender {

    private final Instrument instrument;
    private final EngineLimits limits;
    private final OrderBook book;
    private final Matcher matcher;

    Amender(Instrument instrument, EngineLimits limits, OrderBook book, Matcher matcher) {
        this.instrument = instrument;
        this.limits = limits;
        this.book = book;
        this.matcher = matcher;
    }

    void amend(long sequence, AmendOrder command, List<EngineEvent> events) {
        Order order = book.find(command.orderId());
        MatchResultCode code = check(command, order);
        if (code != MatchResultCode.OK) {
            events.add(new AmendRejected(command.orderId(), command.userId(), command.amendId(), code,
                    command.holdAdded()));
            return;
        }
        long remaining = command.quantity() - filled(order);
        long needed = needed(order, command.price(), remaining);
        long released = command.holdAdded() - (needed - order.unconsumed());
        boolean keepsPriority = keepsPriority(order, command);
        if (keepsPriority) {
            order.level.resize(order, remaining);
        } else {
            book.remove(order);
            order.price = command.price();
            order.remaining = remaining;
        }
        order.quantity = command.quantity();
        order.reserved = Math.addExact(order.consumed, needed);
        events.add(new OrderAmended(order.orderId, order.userId, command.amendId(), order.price, order.quantity,
                order.remaining, order.reserved, command.holdAdded(), released, keepsPriority));
        if (!keepsPriority) {
            arrive(order, sequence, events);
        }
    }

    /** Everything that can refuse the amend, before anything changes. */
    private MatchResultCode check(AmendOrder command, Order order) {
        if (order == null || order.userId != command.userId()) {
            return MatchResultCode.ORDER_NOT_FOUND;
        }
        MatchResultCode code = OrderValidation.checkAmend(instrument, command.price(), command.quantity());
        if (code != MatchResultCode.OK) {
            return code;
        }
        if (command.quantity() <= filled(order)) {
            return MatchResultCode.AMEND_BELOW_FILLED;
        }
        if (!keepsPriority(order, command)) {
            code = arrivalCheck(command, order);
            if (code != MatchResultCode.OK) {
                return code;
            }
        }
        long needed = needed(order, command.price(), command.quantity() - filled(order));
        boolean fits = needed - order.unconsumed() <= command.holdAdded();
        return fits ? MatchResultCode.OK : MatchResultCode.AMEND_HOLD_SHORT;
    }

    /** Like a new order's: post-only must not take, and a new level needs room on its side. */
    private MatchResultCode arrivalCheck(AmendOrder command, Order order) {
        PriceLevel bestOpposite = book.side(order.side.opposite()).best();
        boolean crosses = bestOpposite != null && (order.side == Side.BUY
                ? bestOpposite.price <= command.price() : bestOpposite.price >= command.price());
        if (command.postOnly() && crosses) {
            return MatchResultCode.POST_ONLY_WOULD_TAKE;
        }
        BookSide own = book.side(order.side);
        boolean levelLeavesWithIt = order.level.orderCount == 1;
        if (own.levelCount() >= limits.priceLevelsPerSideMax() && !own.hasLevel(command.price()) && !levelLeavesWithIt) {
            return MatchResultCode.PRICE_LEVELS_FULL;
        }
        return MatchResultCode.OK;
    }

    /** After leaving its queue with new terms: trades what crosses, then rests, fills or expires. */
    private void arrive(Order order, long sequence, List<EngineEvent> events) {
        boolean selfTrade = matcher.match(order, sequence, events);
        if (order.remaining == 0) {
            events.add(new OrderFilled(order.orderId, order.userId, order.unconsumed()));
        } else if (selfTrade) {
            events.add(MatchingEngine.canceled(order, CancelReason.SELF_TRADE_PREVENTION));
        } else {
            book.rest(order);
        }
    }

    private static boolean keepsPriority(Order order, AmendOrder command) {
        return command.price() == order.price && command.quantity() <= order.quantity;
    }

    private long needed(Order order, long price, long remaining) {
        return Reservation.forRemainder(instrument, order.side, price, remaining, order.feeCarryPpm);
    }

    private static long filled(Order order) {
        return order.quantity - order.remaining;
    }
}
