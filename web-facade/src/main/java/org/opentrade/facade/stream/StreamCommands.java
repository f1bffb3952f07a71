package org.opentrade.facade.stream;

import java.util.List;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.trade.CandleQuery;
import org.opentrade.api.trade.CandleView;
import org.opentrade.api.trade.DepthView;
import org.opentrade.api.trade.TickerView;
import org.opentrade.api.trade.TradeService;

/**
 * What a client frame does to its session. Every refusal is an error frame, never a dropped connection: the client
 * learns the code (VALIDATION_FAILED, UNKNOWN_SYMBOL, UNAUTHENTICATED, ...) and keeps its other subscriptions.
 */
final class StreamCommands {
    private final TradeService trading;
    private final MarketSymbols symbols;
    private final StreamProperties limits;
    private final StreamHub hub;

    StreamCommands(TradeService trading, MarketSymbols symbols, StreamProperties limits, StreamHub hub) {
        this.trading = trading;
        this.symbols = symbols;
        this.limits = limits;
        this.hub = hub;
    }

    void handle(StreamSession session, String text) {
        try {
            ClientMessage message = ClientMessage.parse(text);
            switch (message.op()) {
                case PING -> session.send(Frames.PONG);
                case SUBSCRIBE -> subscribe(session, message.subscription());
                case UNSUBSCRIBE -> {
                    session.unsubscribe(message.subscription());
                    session.send(Frames.ack("unsubscribed", message.subscription()));
                }
            }
        } catch (BusinessException e) {
            session.send(Frames.error(e.code(), e.getMessage()));
        } catch (RuntimeException e) {
            // a provider that is down or slow (Dubbo RpcException) is the client's 503, not a broken socket
            session.send(Frames.error(ErrorCode.SERVICE_UNAVAILABLE, null));
        }
    }

    private void subscribe(StreamSession session, Subscription subscription) {
        if (subscription.channel() == Channel.ORDERS) {
            if (!session.authenticated()) {
                throw new BusinessException(ErrorCode.UNAUTHENTICATED,
                        "orders needs a valid token: Authorization: Bearer header or token query parameter");
            }
            add(session, subscription);
            return;
        }
        symbols.require(subscription.symbol());
        switch (subscription.channel()) {
            case TRADES -> add(session, subscription);
            case DEPTH -> subscribeDepth(session, subscription);
            case DEPTH_UPDATES -> subscribeDepthUpdates(session, subscription);
            case CANDLES -> subscribeCandles(session, subscription);
            case TICKER -> subscribeTicker(session, subscription);
            default -> throw new IllegalStateException("not a public channel: " + subscription.channel());
        }
    }

    private void subscribeDepth(StreamSession session, Subscription subscription) {
        // the snapshot is fetched before the subscription exists: a live book that overtakes it wins, and the
        // session's per-symbol sequence then drops the older snapshot
        DepthView snapshot = trading.depth(subscription.symbol(), limits.depthLevels());
        add(session, subscription);
        session.sendDepth(subscription.symbol(), snapshot.sequence(), Frames.depth(snapshot, limits.depthLevels()));
    }

    /**
     * A snapshot, then updates chained to it. Live books that arrive before the snapshot is in place are skipped for
     * this session (it holds no book yet); the newest book the hub has is then sent as the first update, so the
     * session does not wait for the next change to catch up.
     */
    private void subscribeDepthUpdates(StreamSession session, Subscription subscription) {
        DepthBook snapshot = DepthBook.of(trading.depth(subscription.symbol(), limits.depthLevels()),
                limits.depthLevels());
        add(session, subscription);
        session.startDepthUpdates(snapshot);
        DepthBook latest = hub.latestBook(subscription.symbol());
        if (latest != null) {
            session.sendDepthUpdate(latest, null, null);
        }
    }

    /** The current candle first (if the interval has one), then its changes; an older snapshot loses to a live one. */
    private void subscribeCandles(StreamSession session, Subscription subscription) {
        List<CandleView> current = trading.candles(new CandleQuery(subscription.symbol(), subscription.interval(), 0, 0,
                1));
        add(session, subscription);
        for (CandleView candle : current) {
            session.sendVersioned(subscription, StreamHub.candleKey(candle.symbol(), candle.interval().wire(),
                    candle.openTimeEpochMs()), candle.tradeCount(), 0, Frames.candle(candle));
        }
    }

    private void subscribeTicker(StreamSession session, Subscription subscription) {
        TickerView ticker = trading.ticker(subscription.symbol());
        add(session, subscription);
        session.sendVersioned(subscription, StreamHub.tickerKey(ticker.symbol()), ticker.lastTradeId(),
                ticker.openTimeEpochMs(), Frames.ticker(ticker));
    }

    private void add(StreamSession session, Subscription subscription) {
        if (!session.subscribe(subscription, limits.subscriptionsPerSessionMax())) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED,
                    "At most " + limits.subscriptionsPerSessionMax() + " subscriptions per connection");
        }
        session.send(Frames.ack("subscribed", subscription));
    }
}
