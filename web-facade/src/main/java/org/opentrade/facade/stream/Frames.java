package org.opentrade.facade.stream;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.money.Decimal8;
import org.opentrade.api.trade.CandleInterval;
import org.opentrade.api.trade.CandleView;
import org.opentrade.api.trade.DepthView;
import org.opentrade.api.trade.TickerView;
import org.opentrade.api.trade.event.BookChanged;
import org.opentrade.api.trade.event.CandleChanged;
import org.opentrade.api.trade.event.OrderUpdated;
import org.opentrade.api.trade.event.TickerChanged;
import org.opentrade.api.trade.event.TradeExecuted;
import org.opentrade.facade.web.MarketFigures;

/** The server frames, as JSON text: amounts as decimal strings and times as ISO-8601, like the REST API. */
final class Frames {
    record Depth(String channel, String symbol, long sequence, List<List<String>> bids, List<List<String>> asks) {
    }

    record Trade(String channel, String symbol, String tradeId, String price, String quantity, String takerSide,
                 String time) {
    }

    /** depthUpdates, type "snapshot": the whole top of the book. */
    record DepthSnapshot(String channel, String type, String symbol, long sequence, List<List<String>> bids,
                         List<List<String>> asks) {
    }

    /** depthUpdates, type "update": the levels that changed since {@code previousSequence} (quantity "0": gone). */
    record DepthUpdate(String channel, String type, String symbol, long previousSequence, long sequence,
                       List<List<String>> bids, List<List<String>> asks) {
    }

    record Candle(String channel, String symbol, String interval, String openTime, String closeTime, String open,
                  String high, String low, String close, String volume, String quoteVolume, long trades) {
    }

    record Ticker(String channel, String symbol, String last, String open, String high, String low, String change,
                  String changePercent, String volume, String quoteVolume, long trades, String openTime,
                  String closeTime) {
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

    /** {@code interval} only for candles, so the acknowledgements of the older channels read as they always did. */
    record Target(String channel, String symbol, @JsonInclude(JsonInclude.Include.NON_NULL) String interval) {
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
        CandleInterval interval = subscription.interval();
        return text(new Ack(op, new Target(subscription.channel().wire(), subscription.symbol(),
                interval == null ? null : interval.wire())));
    }

    static String depthSnapshot(DepthBook book) {
        return text(new DepthSnapshot(Channel.DEPTH_UPDATES.wire(), "snapshot", book.symbol(), book.sequence(),
                levels(book.bids(), Integer.MAX_VALUE), levels(book.asks(), Integer.MAX_VALUE)));
    }

    static String depthUpdate(DepthBook from, DepthBook to) {
        DepthDiff diff = DepthDiff.between(from, to);
        return text(new DepthUpdate(Channel.DEPTH_UPDATES.wire(), "update", to.symbol(), from.sequence(), to.sequence(),
                levels(diff.bids(), Integer.MAX_VALUE), levels(diff.asks(), Integer.MAX_VALUE)));
    }

    static String candle(CandleChanged c) {
        CandleInterval interval = CandleInterval.ofWire(c.interval())
                .orElseThrow(() -> new IllegalArgumentException("unknown interval " + c.interval()));
        return candle(c.symbol(), interval, c.openTimeEpochMs(), c.open(), c.high(), c.low(), c.close(), c.volume(),
                c.quoteVolume(), c.tradeCount());
    }

    static String candle(CandleView c) {
        return candle(c.symbol(), c.interval(), c.openTimeEpochMs(), c.open(), c.high(), c.low(), c.close(), c.volume(),
                c.quoteVolume(), c.tradeCount());
    }

    private static String candle(String symbol, CandleInterval interval, long openTimeMs, long open, long high, long low,
                                 long close, long volume, long quoteVolume, long trades) {
        return text(new Candle(Channel.CANDLES.wire(), symbol, interval.wire(), time(openTimeMs),
                time(openTimeMs + interval.millis()), Decimal8.format(open), Decimal8.format(high),
                Decimal8.format(low), Decimal8.format(close), Decimal8.format(volume), Decimal8.format(quoteVolume),
                trades));
    }

    static String ticker(TickerChanged t) {
        return ticker(new TickerView(t.symbol(), t.last(), t.open(), t.high(), t.low(), t.volume(), t.quoteVolume(),
                t.tradeCount(), t.openTimeEpochMs(), t.closeTimeEpochMs(), t.lastTradeId()));
    }

    /** Like GET /market/{symbol}/ticker: prices null while the symbol never traded. */
    static String ticker(TickerView t) {
        boolean traded = t.lastTradeId() > 0;
        return text(new Ticker(Channel.TICKER.wire(), t.symbol(), MarketFigures.price(t.last(), traded),
                MarketFigures.price(t.open(), traded), MarketFigures.price(t.high(), traded),
                MarketFigures.price(t.low(), traded), MarketFigures.price(t.last() - t.open(), traded),
                traded ? MarketFigures.changePercent(t.last(), t.open()) : null, Decimal8.format(t.volume()),
                Decimal8.format(t.quoteVolume()), t.tradeCount(), time(t.openTimeEpochMs()),
                time(t.closeTimeEpochMs())));
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
