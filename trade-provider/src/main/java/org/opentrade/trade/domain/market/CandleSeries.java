package org.opentrade.trade.domain.market;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The newest candles of one symbol and interval, at most {@code capacity}, by open time. Complete from
 * {@link #completeFromMs()} on: every candle that opened then or later is here, so a question about that span is
 * answered from memory, and any other (an older range) is left to the database ({@link Optional#empty()}). A candle is
 * replaced only by one with a higher last trade id (a later state of it), so merging rows in any order, twice, or
 * from a lagging copy never goes back.
 */
public final class CandleSeries {
    /** No candle is missing at all: the series holds the symbol's whole history. */
    public static final long ALL = Long.MIN_VALUE;

    private final int capacity;
    private final NavigableMap<Long, Candle> byOpenTime = new TreeMap<>();
    private long completeFromMs;

    private CandleSeries(int capacity, long completeFromMs) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.completeFromMs = completeFromMs;
    }

    /**
     * A series from the newest {@code capacity} candles as read (any order): if fewer were found there are no others,
     * else it is complete from the oldest of them.
     */
    public static CandleSeries loaded(List<Candle> newest, int capacity) {
        long completeFrom = newest.size() < capacity ? ALL
                : newest.stream().mapToLong(Candle::openTimeMs).min().orElse(ALL);
        CandleSeries series = new CandleSeries(capacity, completeFrom);
        newest.forEach(series::merge);
        return series;
    }

    /**
     * Takes a candle's newer state; one below the complete span is the database's business and is ignored. True when
     * the series changed.
     */
    public boolean merge(Candle candle) {
        if (candle.openTimeMs() < completeFromMs) {
            return false;
        }
        Candle held = byOpenTime.get(candle.openTimeMs());
        if (held != null && candle.lastTradeId() <= held.lastTradeId()) {
            return false;
        }
        byOpenTime.put(candle.openTimeMs(), candle);
        while (byOpenTime.size() > capacity) {
            byOpenTime.pollFirstEntry();
            completeFromMs = byOpenTime.firstKey();
        }
        return true;
    }

    public long completeFromMs() {
        return completeFromMs;
    }

    /**
     * The first {@code limit} candles that opened in [fromMs, toMs) (toMs 0: no end), oldest first; empty when the
     * series is not complete from {@code fromMs}.
     */
    public Optional<List<Candle>> from(long fromMs, long toMs, int limit) {
        if (fromMs < completeFromMs) {
            return Optional.empty();
        }
        Map<Long, Candle> span = toMs > 0 ? byOpenTime.subMap(fromMs, true, toMs, false) : byOpenTime.tailMap(fromMs, true);
        return Optional.of(span.values().stream().limit(limit).toList());
    }

    /**
     * The newest {@code limit} candles that opened before {@code toMs} (0: no end), oldest first; empty when fewer
     * than {@code limit} are held there and older ones may exist.
     */
    public Optional<List<Candle>> latest(long toMs, int limit) {
        NavigableMap<Long, Candle> before = toMs > 0 ? byOpenTime.headMap(toMs, false) : byOpenTime;
        if (before.size() < limit && completeFromMs != ALL) {
            return Optional.empty();
        }
        List<Candle> newestFirst = new ArrayList<>(Math.min(limit, before.size()));
        for (Candle c : before.descendingMap().values()) {
            if (newestFirst.size() == limit) {
                break;
            }
            newestFirst.add(c);
        }
        Collections.reverse(newestFirst);
        return Optional.of(newestFirst);
    }

    /** The candles that opened at or after {@code fromMs}, oldest first (a view: copy before it changes). */
    public Collection<Candle> since(long fromMs) {
        return byOpenTime.tailMap(fromMs, true).values();
    }

    public int size() {
        return byOpenTime.size();
    }
}
