package org.opentrade.facade.stream;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.trade.DepthView;
import org.opentrade.api.trade.TradeService;

/**
 * What a client frame does to its session. Every refusal is an error frame, never a dropped connection: the client
 * learns the code (VALIDATION_FAILED, UNKNOWN_SYMBOL, UNAUTHENTICATED, ...) and keeps its other subscriptions.
 */
final class StreamCommands {
    private final TradeService trading;
    private final MarketSymbols symbols;
    private final StreamProperties limits;

    StreamCommands(TradeService trading, MarketSymbols symbols, StreamProperties limits) {
        this.trading = trading;
        this.symbols = symbols;
        this.limits = limits;
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
        if (subscription.channel() == Channel.TRADES) {
            add(session, subscription);
            return;
        }
        // the snapshot is fetched before the subscription exists: a live book that overtakes it wins, and the
        // session's per-symbol sequence then drops the older snapshot
        DepthView snapshot = trading.depth(subscription.symbol(), limits.depthLevels());
        add(session, subscription);
        session.sendDepth(subscription.symbol(), snapshot.sequence(), Frames.depth(snapshot, limits.depthLevels()));
    }

    private void add(StreamSession session, Subscription subscription) {
        if (!session.subscribe(subscription, limits.subscriptionsPerSessionMax())) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED,
                    "At most " + limits.subscriptionsPerSessionMax() + " subscriptions per connection");
        }
        session.send(Frames.ack("subscribed", subscription));
    }
}
