package org.opentrade.trade.adapter.out.persistence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opentrade.api.trade.CandleInterval;
import org.opentrade.platform.db.Primary;
import org.opentrade.trade.application.port.Candles;
import org.opentrade.trade.domain.market.Candle;
import org.opentrade.trade.domain.market.CandleFold;
import org.opentrade.trade.domain.market.MarketTrade;
import org.springframework.stereotype.Repository;

/**
 * Candles in the symbol's database. The fold's statements run in the caller's transaction, which ShardingSphere
 * keeps on the primary; the caches' reads ask for the primary (they track a cursor and must not read an older copy
 * after a newer one), the reads of older ranges go to the replica.
 */
@Repository
class CandlesInDatabase implements Candles {

    private final CandleMapper mapper;

    CandlesInDatabase(CandleMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Map<String, Long> behind() {
        Map<String, Long> cursors = cursors();
        Map<String, Long> behind = new HashMap<>();
        for (SymbolTradeIdRow head : Primary.read(mapper::tradeHeads)) {
            if (head.lastTradeId > cursors.getOrDefault(head.symbol, 0L)) {
                behind.put(head.symbol, head.lastTradeId);
            }
        }
        return behind;
    }

    @Override
    public Map<String, Long> cursors() {
        Map<String, Long> cursors = new HashMap<>();
        Primary.read(mapper::cursors).forEach(row -> cursors.put(row.symbol, row.lastTradeId));
        return cursors;
    }

    @Override
    public long lockCursor(String symbol) {
        mapper.ensureCursor(symbol);
        return mapper.lockCursor(symbol);
    }

    @Override
    public List<MarketTrade> tradesAfter(String symbol, long afterTradeId, int limit) {
        return Primary.read(() -> mapper.tradesAfter(symbol, afterTradeId, limit)).stream()
                .map(r -> new MarketTrade(r.tradeId, r.price, r.quantity, r.notional, r.tradedAtMs)).toList();
    }

    @Override
    public List<Candle> within(String symbol, List<CandleFold.Span> spans) {
        List<CandleMapper.Span> rows = spans.stream()
                .map(s -> new CandleMapper.Span(s.interval().wire(), s.fromOpenTimeMs(), s.toOpenTimeMs())).toList();
        return candles(Primary.read(() -> mapper.within(symbol, rows)));
    }

    @Override
    public void save(String symbol, List<Candle> candles, Map<Candle.Key, Candle> existing) {
        List<CandleRow> inserts = new ArrayList<>();
        for (Candle candle : candles) {
            if (existing.containsKey(candle.key())) {
                mapper.update(row(symbol, candle));
            } else {
                inserts.add(row(symbol, candle));
            }
        }
        if (!inserts.isEmpty()) {
            mapper.insert(inserts);
        }
    }

    @Override
    public void moveCursor(String symbol, long tradeId) {
        mapper.moveCursor(symbol, tradeId);
    }

    @Override
    public long cursor(String symbol) {
        Long cursor = Primary.read(() -> mapper.cursor(symbol));
        return cursor == null ? 0 : cursor;
    }

    @Override
    public List<Candle> newest(String symbol, CandleInterval interval, int limit) {
        return candles(Primary.read(() -> mapper.newest(symbol, interval.wire(), limit)));
    }

    @Override
    public Candle ofLastTrade(String symbol) {
        CandleRow row = Primary.read(() -> mapper.ofLastTrade(symbol));
        return row == null ? null : candle(row);
    }

    @Override
    public List<Candle> changedAfter(String symbol, long afterTradeId, int limit) {
        return candles(Primary.read(() -> mapper.changedAfter(symbol, afterTradeId, limit)));
    }

    @Override
    public List<Candle> from(String symbol, CandleInterval interval, long fromMs, long toMs, int limit) {
        return candles(mapper.from(symbol, interval.wire(), fromMs, toMs, limit));
    }

    @Override
    public List<Candle> latest(String symbol, CandleInterval interval, long toMs, int limit) {
        List<Candle> newestFirst = new ArrayList<>(candles(mapper.latest(symbol, interval.wire(), toMs, limit)));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    private static List<Candle> candles(List<CandleRow> rows) {
        return rows.stream().map(CandlesInDatabase::candle).toList();
    }

    private static Candle candle(CandleRow r) {
        CandleInterval interval = CandleInterval.ofWire(r.intervalName)
                .orElseThrow(() -> new IllegalStateException("candles row with interval " + r.intervalName));
        return new Candle(interval, r.openTimeMs, r.openPrice, r.highPrice, r.lowPrice, r.closePrice, r.volume,
                r.quoteVolume, r.tradeCount, r.firstTradeId, r.lastTradeId);
    }

    private static CandleRow row(String symbol, Candle c) {
        CandleRow row = new CandleRow();
        row.symbol = symbol;
        row.intervalName = c.interval().wire();
        row.openTimeMs = c.openTimeMs();
        row.openPrice = c.open();
        row.highPrice = c.high();
        row.lowPrice = c.low();
        row.closePrice = c.close();
        row.volume = c.volume();
        row.quoteVolume = c.quoteVolume();
        row.tradeCount = c.tradeCount();
        row.firstTradeId = c.firstTradeId();
        row.lastTradeId = c.lastTradeId();
        return row;
    }
}
