package org.opentrade.facade.stream;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.opentrade.api.trade.CandleInterval;
import org.opentrade.api.trade.event.BookChanged;
import org.opentrade.api.trade.event.CandleChanged;
import org.opentrade.api.trade.event.OrderUpdated;
import org.opentrade.api.trade.event.TickerChanged;
import org.opentrade.api.trade.event.TradeExecuted;

/**
 * The open sessions of this facade instance and the fan-out of trade-provider's events to them. Every instance
 * consumes every event (broadcasting), so it drops what it already sent: a book older than the last one sent for
 * its symbol, an order update at or below the last sequence of its order, a trade id seen before, a candle or
 * ticker no newer than the last one sent. Order updates go only to sessions whose verified caller owns the order.
 * Each book also goes out as the difference from the previous one (depthUpdates); the hub keeps the last book per
 * symbol for that, and for the sessions that subscribe after it came.
 */
final class StreamHub {
    static final int SYMBOLS_MAX = 1024;
    /** A few live candles per symbol and interval. */
    static final int CANDLE_KEYS_MAX = SYMBOLS_MAX * CandleInterval.values().length * 4;
    private static final String METRIC_PREFIX = "opentrade.stream.";

    private final StreamProperties limits;
    private final Map<String, StreamSession> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger sessionCount = new AtomicInteger();
    private final StreamQuotas quotas;
    private final SequenceGate books = new SequenceGate(SYMBOLS_MAX);
    private final SequenceGate orders;
    private final SequenceGate trades;
    private final SequenceGate candles = new SequenceGate(CANDLE_KEYS_MAX);
    private final SequenceGate tickers = new SequenceGate(SYMBOLS_MAX);
    private final Map<String, DepthBook> latestBooks = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, DepthBook> eldest) {
                    return size() > SYMBOLS_MAX;
                }
            });
    private final Map<Channel, Counter> framesSent = new EnumMap<>(Channel.class);
    private final Counter eventsDropped;

    StreamHub(StreamProperties limits, MeterRegistry metrics) {
        this.limits = limits;
        this.quotas = new StreamQuotas(limits.sessionsPerUserMax(), limits.sessionsPerAddressMax());
        this.orders = new SequenceGate(limits.orderSequencesMax());
        this.trades = new SequenceGate(limits.tradeIdsMax());
        metrics.gauge(METRIC_PREFIX + "sessions", sessionCount);
        for (Channel channel : Channel.values()) {
            framesSent.put(channel, Counter.builder(METRIC_PREFIX + "frames.sent").tag("channel", channel.wire())
                    .description("event frames sent to sessions").register(metrics));
        }
        eventsDropped = Counter.builder(METRIC_PREFIX + "events.dropped")
                .description("events not sent: repeated or older than what was sent").register(metrics);
    }

    StreamProperties limits() {
        return limits;
    }

    /**
     * False (nothing registered) when {@code sessionsMax} sessions are open, or the session's user or address already
     * holds its cap ({@code sessionsPerUserMax}, {@code sessionsPerAddressMax}).
     */
    boolean register(StreamSession session) {
        if (!quotas.tryAcquire(session.address(), session.userIdOrNull())) {
            return false;
        }
        if (sessionCount.incrementAndGet() > limits.sessionsMax()) {
            sessionCount.decrementAndGet();
            quotas.release(session.address(), session.userIdOrNull());
            return false;
        }
        sessions.put(session.id(), session);
        return true;
    }

    void unregister(String sessionId) {
        StreamSession removed = sessions.remove(sessionId);
        if (removed != null) {
            sessionCount.decrementAndGet();
            quotas.release(removed.address(), removed.userIdOrNull());
        }
    }

    /** Whether a new session of this address and user would be within the per-user and per-address caps now. */
    boolean admits(String address, Long userIdOrNull) {
        return quotas.admits(address, userIdOrNull);
    }

    boolean full() {
        return sessionCount.get() >= limits.sessionsMax();
    }

    StreamSession session(String sessionId) {
        return sessions.get(sessionId);
    }

    Collection<StreamSession> sessions() {
        return sessions.values();
    }

    void onBookChanged(BookChanged book) {
        if (!books.advance(book.symbol(), book.sequence())) {
            eventsDropped.increment();
            return;
        }
        String frame = Frames.depth(book, limits.depthLevels());
        DepthBook next = DepthBook.of(book, limits.depthLevels());
        DepthBook previous = latestBooks.put(book.symbol(), next);
        String update = previous == null ? null : Frames.depthUpdate(previous, next);
        for (StreamSession session : sessions.values()) {
            count(Channel.DEPTH, session.sendDepth(book.symbol(), book.sequence(), frame));
            count(Channel.DEPTH_UPDATES, session.sendDepthUpdate(next, previous, update));
        }
    }

    /** The newest book this instance received for the symbol, or null. */
    DepthBook latestBook(String symbol) {
        return latestBooks.get(symbol);
    }

    void onCandleChanged(CandleChanged candle) {
        String key = candleKey(candle.symbol(), candle.interval(), candle.openTimeEpochMs());
        if (!candles.advance(key, candle.tradeCount())) {
            eventsDropped.increment();
            return;
        }
        Subscription subscription = Subscription.candles(candle.symbol(), CandleInterval.ofWire(candle.interval())
                .orElseThrow(() -> new IllegalArgumentException("unknown interval " + candle.interval())));
        String frame = Frames.candle(candle);
        for (StreamSession session : sessions.values()) {
            count(Channel.CANDLES, session.sendVersioned(subscription, key, candle.tradeCount(), 0, frame));
        }
    }

    void onTickerChanged(TickerChanged ticker) {
        if (!tickers.advance(ticker.symbol(), ticker.lastTradeId(), ticker.openTimeEpochMs())) {
            eventsDropped.increment();
            return;
        }
        Subscription subscription = Subscription.ticker(ticker.symbol());
        String frame = Frames.ticker(ticker);
        String key = tickerKey(ticker.symbol());
        for (StreamSession session : sessions.values()) {
            count(Channel.TICKER, session.sendVersioned(subscription, key, ticker.lastTradeId(),
                    ticker.openTimeEpochMs(), frame));
        }
    }

    /**
     * The version key of a candle: one per candle, below its subscription's prefix. A candle's trade count grows with
     * every trade folded into it, so it orders the candle's states.
     */
    static String candleKey(String symbol, String interval, long openTimeMs) {
        return Channel.CANDLES.wire() + "/" + symbol + "/" + interval + "/" + openTimeMs;
    }

    static String tickerKey(String symbol) {
        return Subscription.ticker(symbol).versionPrefix();
    }

    void onTradeExecuted(TradeExecuted trade) {
        if (!trades.firstSeen(trade.tradeId())) {
            eventsDropped.increment();
            return;
        }
        String frame = Frames.trade(trade);
        Subscription subscription = Subscription.trades(trade.symbol());
        for (StreamSession session : sessions.values()) {
            count(Channel.TRADES, session.sendIfSubscribed(subscription, frame));
        }
    }

    void onOrderUpdated(OrderUpdated order) {
        if (!orders.advance(order.orderId(), order.sequence())) {
            eventsDropped.increment();
            return;
        }
        String frame = Frames.order(order);
        Subscription subscription = Subscription.orders();
        for (StreamSession session : sessions.values()) {
            if (session.ownsOrdersOf(order.userId())) {
                count(Channel.ORDERS, session.sendIfSubscribed(subscription, frame));
            }
        }
    }

    /** Closes the sessions that sent nothing for {@code idleTimeoutMs}; answers how many. */
    int closeIdle(long nowMs) {
        int closed = 0;
        for (StreamSession session : sessions.values()) {
            if (nowMs - session.lastInboundMs() > limits.idleTimeoutMs()) {
                session.close(StreamCloseStatus.POLICY_VIOLATION, "idle: send a ping at least every "
                        + limits.idleTimeoutMs() / 1000 + " s");
                unregister(session.id());
                closed++;
            }
        }
        return closed;
    }

    void closeAll(int status, String reason) {
        for (StreamSession session : sessions.values()) {
            session.close(status, reason);
            unregister(session.id());
        }
    }

    private void count(Channel channel, boolean sent) {
        if (sent) {
            framesSent.get(channel).increment();
        }
    }
}
