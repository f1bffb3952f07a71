package org.opentrade.trade.application.market;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

import org.opentrade.platform.jobs.JobLease;
import org.opentrade.platform.jobs.JobSchedule;
import org.opentrade.platform.jobs.PeriodicJob;
import org.opentrade.trade.application.InstrumentCatalog;
import org.opentrade.trade.application.port.Candles;
import org.opentrade.trade.domain.instrument.Instrument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Builds candles from committed trades, behind the matching engine and off its path: every period, the symbols whose
 * trades ran past their candles' cursor are folded forward (round robin, {@code foldTradesMax} trades per transaction,
 * while the lease has time), each fold handed to this process's cache and to the push stream; then every listed
 * symbol's ticker goes out if its figures changed. One instance at a time builds (job {@value #JOB}); even two
 * could not fold a trade twice (the cursor's row lock, {@link CandleFolding}).
 */
@Component
public class CandleBuilder implements PeriodicJob {
    static final String JOB = "candles";
    /** A symbol whose next trade has not been committed for this long is worth a warning (a gap in its trade ids). */
    static final long STALLED_WARN_MS = 60_000;
    private static final Logger log = LoggerFactory.getLogger(CandleBuilder.class);

    private final Candles candles;
    private final CandleFolding folding;
    private final MarketCache cache;
    private final MarketEvents events;
    private final InstrumentCatalog catalog;
    private final MarketDataSettings settings;
    private final LongSupplier clockMs;
    private final JobSchedule schedule;
    private final Map<String, Long> stalledSinceMs = new HashMap<>();

    @Autowired
    public CandleBuilder(Candles candles, CandleFolding folding, MarketCache cache, MarketEvents events,
                         InstrumentCatalog catalog, MarketDataSettings settings) {
        this(candles, folding, cache, events, catalog, settings, System::currentTimeMillis);
    }

    CandleBuilder(Candles candles, CandleFolding folding, MarketCache cache, MarketEvents events,
                  InstrumentCatalog catalog, MarketDataSettings settings, LongSupplier clockMs) {
        this.candles = candles;
        this.folding = folding;
        this.cache = cache;
        this.events = events;
        this.catalog = catalog;
        this.settings = settings;
        this.clockMs = clockMs;
        this.schedule = JobSchedule.of(JOB, settings.buildPeriodMs(), settings.buildPeriodMs(),
                settings.buildLockAtMostForMs());
    }

    @Override
    public JobSchedule schedule() {
        return schedule;
    }

    @Override
    public void run(JobLease lease) {
        try {
            build(lease);
            for (Instrument instrument : catalog.all()) {
                events.ticker(instrument.symbol(), cache.ticker(instrument.symbol(), clockMs.getAsLong()));
            }
        } catch (RuntimeException e) {
            log.warn("candles not built this time: {}", e.toString());
        }
        events.flush();
    }

    /** Folds every symbol that is behind up to its newest trade, or until the lease's time is up. */
    void build(JobLease lease) {
        Map<String, Long> behind = new TreeMap<>(candles.behind());
        stalledSinceMs.keySet().retainAll(behind.keySet());
        while (!behind.isEmpty() && lease.hasTime()) {
            for (Iterator<Map.Entry<String, Long>> it = behind.entrySet().iterator(); it.hasNext() && lease.hasTime(); ) {
                Map.Entry<String, Long> symbol = it.next();
                if (!foldOnce(symbol.getKey(), symbol.getValue())) {
                    it.remove();
                }
            }
        }
    }

    /** One fold of one symbol; true when it should fold again in this run. */
    private boolean foldOnce(String symbol, long newestTradeId) {
        CandleFolding.Folded folded;
        try {
            folded = folding.foldNext(symbol, settings.foldTradesMax());
        } catch (RuntimeException e) {
            log.warn("candles of {} not built: {}", symbol, e.toString());
            return false;
        }
        if (folded.trades() == 0) {
            noteStalled(symbol, folded.toCursor());
            return false;
        }
        stalledSinceMs.remove(symbol);
        cache.apply(folded);
        events.candlesChanged(symbol, folded.changed(), clockMs.getAsLong());
        return folded.toCursor() < newestTradeId;
    }

    private void noteStalled(String symbol, long cursor) {
        long now = clockMs.getAsLong();
        long since = stalledSinceMs.computeIfAbsent(symbol, s -> now);
        if (now - since >= STALLED_WARN_MS) {
            log.warn("candles of {} wait at trade {} for {} ms: trade {} is not stored, later ones are", symbol,
                    cursor, now - since, cursor + 1);
            stalledSinceMs.put(symbol, now);
        }
    }
}
