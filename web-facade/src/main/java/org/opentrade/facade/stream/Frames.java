package org.opentrade.facade.stream;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.money.Decimal8;
import org.opentrade.api.trade.DepthView;
import org.opentrade.api.trade.event.BookChanged;
import org.opentrade.api.trade.event.OrderUpdated;
import org.opentrade.api.trade.event.TradeExecuted;

/** The server frames, as JSON text: amounts as decimal strings and times as ISO-8601, like the REST API. */
final class Frames {
    record Depth(String channel, String symbol, long sequence, List<List<String>> bids, List<List<String>> asks) {
    }

    record Trade(String channel, String symbol, String tradeId, String price, String quantity, String takerSide,
                 String time) {
    }

    record Order(String channel, String orderId, String clientOrderId, String symbol, String side, String status,
                 String price, String quantity, String filledQuantity, String rejectReason, String time) {
    }

    record Error(String channel, String code, String message) {
    }

    record Op(String op) {
    }

    /** Control frames carry "op" and no top-level "channel", so a client can dispatch data frames on channel. */
    record Ack(String op, Target subscription) {
    }

    record Target(String channel, String symbol) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String PONG = text(new Op("pong"));

    private Frames() {
    }

    static String depth(DepthView depth, int levelsMax) {
        return depth(depth.symbol(), depth.sequence(), depth.bids(), depth.asks(), levelsMax);
    }

    static String depth(BookChanged book, int levelsMax) {
        return depth(book.symbol(), book.sequence(), book.bids(), book.asks(), levelsMax);
    }

    private static String depth(String symbol, long sequence, List<DepthView.Level> bids, List<DepthView.Level> asks,
                                int levelsMax) {
        return text(new Depth(Channel.DEPTH.wire(), symbol, sequence, levels(bids, levelsMax), levels(asks, levelsMax)));
    }

    static String trade(TradeExecuted t) {
        return text(new Trade(Channel.TRADES.wire(), t.symbol(), t.tradeId(), Decimal8.format(t.price()),
                Decimal8.format(t.quantity()), t.takerSide(), time(t.timeEpochMs())));
    }

    static String order(OrderUpdated o) {
        return text(new Order(Channel.ORDERS.wire(), o.orderId(), o.clientOrderId(), o.symbol(), o.side(), o.status(),
                Decimal8.format(o.price()), Decimal8.format(o.quantity()), Decimal8.format(o.filledQuantity()),
                o.rejectReason(), time(o.timeEpochMs())));
    }

    static String error(ErrorCode code, String message) {
        return text(new Error("error", code.name(), message == null ? code.defaultMessage() : message));
    }

    static String ack(String op, Subscription subscription) {
        return text(new Ack(op, new Target(subscription.channel().wire(), subscription.symbol())));
    }

    private static List<List<String>> levels(List<DepthView.Level> levels, int levelsMax) {
        if (levels == null) {
            return List.of();
        }
        return levels.stream().limit(levelsMax)
                .map(l -> List.of(Decimal8.format(l.price()), Decimal8.format(l.quantity()))).toList();
    }

    private static String time(long epochMs) {
        return Instant.ofEpochMilli(epochMs).toString();
    }

    private static String text(Object frame) {
        try {
            return JSON.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("frame not serializable: " + frame, e);
        }
    }
}
