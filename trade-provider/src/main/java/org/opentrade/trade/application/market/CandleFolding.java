package org.opentrade.trade.application.market;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opentrade.trade.application.port.Candles;
import org.opentrade.trade.domain.market.Candle;
import org.opentrade.trade.domain.market.CandleFold;
import org.opentrade.trade.domain.market.MarketTrade;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One step of the candle builder, as one local transaction in the symbol's database: lock the cursor, read the trades
 * after it, fold them into the candles they fall in, write those and move the cursor. It commits whole or not at all,
 * so after any crash the next fold starts exactly after the last trade whose candles were stored; the cursor's row
 * lock makes a second builder wait and then start after the first one's trades.
 */
@Component
public class CandleFolding {

    /** The candles built from trades ({@code fromCursor}, {@code toCursor}]; nothing when the two are equal. */
    public record Folded(String symbol, long fromCursor, long toCursor, List<Candle> changed) {
        public long trades() {
            return toCursor - fromCursor;
        }
    }

    private final Candles candles;

    public CandleFolding(Candles candles) {
        this.candles = candles;
    }

    @Transactional
    public Folded foldNext(String symbol, int tradesMax) {
        long cursor = candles.lockCursor(symbol);
        List<MarketTrade> trades = CandleFold.contiguousAfter(cursor, candles.tradesAfter(symbol, cursor, tradesMax));
        if (trades.isEmpty()) {
            return new Folded(symbol, cursor, cursor, List.of());
        }
        Map<Candle.Key, Candle> stored = candles.within(symbol, CandleFold.spans(trades)).stream()
                .collect(Collectors.toMap(Candle::key, Function.identity()));
        List<Candle> changed = CandleFold.fold(stored, trades);
        candles.save(symbol, changed, stored);
        long last = trades.get(trades.size() - 1).tradeId();
        candles.moveCursor(symbol, last);
        return new Folded(symbol, cursor, last, changed);
    }
}
