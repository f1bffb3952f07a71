package org.opentrade.trade.application.market;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.opentrade.api.trade.event.CandleChanged;
import org.opentrade.api.trade.event.TickerChanged;
import org.opentrade.api.trade.event.TradeTopics;
import org.opentrade.trade.application.events.EventPublisher;
import org.opentrade.trade.domain.market.Candle;
import org.opentrade.trade.domain.market.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the candle builder tells the push stream (TRADE_EVENTS, key = symbol): each changed candle of the current or
 * the previous period of its interval (older ones are history, read over HTTP), and each symbol's ticker when its
 * figures changed. Candles are state, so only the newest state of each waits to be sent; a broker that is down keeps
 * at most {@code unsentEventsMax} of them (the oldest go first). Used by the builder's thread only.
 */
@Component
public class MarketEvents {
    private static final Logger log = LoggerFactory.getLogger(MarketEvents.class);

    private record TickerVersion(long lastTradeId, long openTimeMs) {
    }

    private final EventPublisher publisher;
    private final int unsentMax;
    private final Map<String, CandleChanged> unsentCandles = new LinkedHashMap<>();
    private final Map<String, TickerChanged> unsentTickers = new LinkedHashMap<>();
    private final Map<String, TickerVersion> tickersSent = new HashMap<>();

    public MarketEvents(EventPublisher publisher, MarketDataSettings settings) {
        this.publisher = publisher;
        this.unsentMax = settings.unsentEventsMax();
    }

    /** Queues the candles of a fold that are still live at {@code nowMs} (their period or the one after it). */
    public void candlesChanged(String symbol, List<Candle> changed, long nowMs) {
        for (Candle c : changed) {
            if (c.closeTimeMs() + c.interval().millis() <= nowMs) {
                continue;
            }
            String key = symbol + "/" + c.interval().wire() + "/" + c.openTimeMs();
            unsentCandles.remove(key);
            unsentCandles.put(key, new CandleChanged("candle-" + key + "-" + c.lastTradeId(), symbol,
                    c.interval().wire(), c.openTimeMs(), c.open(), c.high(), c.low(), c.close(), c.volume(),
                    c.quoteVolume(), c.tradeCount(), c.lastTradeId(), nowMs));
        }
        bound(unsentCandles);
    }

    /** Queues the ticker if its figures differ from the last one sent for the symbol. */
    public void ticker(String symbol, Ticker t) {
        TickerVersion version = new TickerVersion(t.lastTradeId(), t.openTimeMs());
        if (version.equals(tickersSent.get(symbol))) {
            return;
        }
        unsentTickers.put(symbol, new TickerChanged("ticker-" + symbol + "-" + t.lastTradeId() + "-" + t.openTimeMs(),
                symbol, t.last(), t.open(), t.high(), t.low(), t.volume(), t.quoteVolume(), t.tradeCount(),
                t.openTimeMs(), t.closeTimeMs(), t.lastTradeId(), t.closeTimeMs()));
        bound(unsentTickers);
    }

    /** Sends what is queued, candles first; what the broker did not take stays queued for the next run. */
    public void flush() {
        try {
            if (!unsentCandles.isEmpty()) {
                publisher.publishAll(TradeTopics.TRADE_EVENTS, keyed(unsentCandles.values(), CandleChanged::symbol));
                unsentCandles.clear();
            }
            if (!unsentTickers.isEmpty()) {
                publisher.publishAll(TradeTopics.TRADE_EVENTS, keyed(unsentTickers.values(), TickerChanged::symbol));
                unsentTickers.values().forEach(t -> tickersSent.put(t.symbol(),
                        new TickerVersion(t.lastTradeId(), t.openTimeEpochMs())));
                unsentTickers.clear();
            }
        } catch (RuntimeException e) {
            log.warn("candle and ticker events not sent yet ({} waiting): {}",
                    unsentCandles.size() + unsentTickers.size(), e.toString());
        }
    }

    private static <E> List<EventPublisher.Keyed> keyed(Iterable<E> events, Function<E, String> key) {
        List<EventPublisher.Keyed> keyed = new ArrayList<>();
        events.forEach(e -> keyed.add(new EventPublisher.Keyed(key.apply(e), e)));
        return keyed;
    }

    private void bound(Map<String, ?> unsent) {
        for (Iterator<String> oldest = unsent.keySet().iterator(); unsent.size() > unsentMax && oldest.hasNext(); ) {
            oldest.next();
            oldest.remove();
        }
    }

    /** How many events wait to be sent (for tests and metrics). */
    int unsent() {
        return unsentCandles.size() + unsentTickers.size();
    }
}
