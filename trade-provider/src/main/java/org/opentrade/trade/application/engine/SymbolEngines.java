package org.opentrade.trade.application.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import org.opentrade.trade.application.InstrumentCatalog;
import org.opentrade.trade.domain.instrument.Instrument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The matching engines of this process: one {@link SymbolEngine} per listed instrument, run only while this process
 * holds the engine lease ({@code EngineLease}). Taking over means: claim a new fencing epoch per symbol, recover the
 * book from the log, start. Instruments are read at take-over: an engine replays its log with the parameters it
 * runs with, so changing an instrument (tick, fees) takes effect at the next take-over (ADR 0009); a newly listed
 * instrument gets its engine at the lease holder's next check ({@link #ownNewlyListed()}).
 */
@Component
public class SymbolEngines {

    private static final Logger log = LoggerFactory.getLogger(SymbolEngines.class);

    private final InstrumentCatalog catalog;
    private final EngineJournal journal;
    private final EngineOutputs outputs;
    private final EngineSettings settings;
    private final EngineListeners listeners;
    private final MeterRegistry meters;
    private final BatchReservation reservation;
    private final Map<String, SymbolEngine> engines = new ConcurrentHashMap<>();

    public SymbolEngines(InstrumentCatalog catalog, EngineJournal journal, EngineOutputs outputs,
                         EngineSettings settings, EngineListeners listeners, MeterRegistry meters,
                         BatchReservation reservation) {
        this.meters = meters;
        this.reservation = reservation;
        this.catalog = catalog;
        this.journal = journal;
        this.outputs = outputs;
        this.settings = settings;
        this.listeners = listeners;
    }

    public Optional<SymbolEngine> bySymbol(String symbol) {
        return Optional.ofNullable(engines.get(symbol));
    }

    public Collection<SymbolEngine> all() {
        return engines.values();
    }

    /** True while every engine runs; false on a standby, or once an engine stopped (e.g. fenced off). */
    public boolean allRunning() {
        return !engines.isEmpty() && engines.values().stream().allMatch(e -> e.failure() == null);
    }

    /** Takes every listed symbol over: new fencing epoch, recovery from the log, start. */
    public synchronized void takeOver() {
        catalog.all().forEach(this::own);
    }

    /**
     * Starts an engine for each instrument listed since the take-over (an operator lists a symbol in the Nacos
     * console: it trades within a lease check, no restart); called by the lease holder only. An instrument removed
     * from the list keeps its engine until the next take-over: its resting orders still need one to be cancelled.
     *
     * @return the symbols started
     */
    public synchronized List<String> ownNewlyListed() {
        List<String> started = new ArrayList<>();
        catalog.all().stream().filter(instrument -> !engines.containsKey(instrument.symbol())).forEach(instrument -> {
            own(instrument);
            started.add(instrument.symbol());
        });
        return started;
    }

    private void own(Instrument instrument) {
        long epoch = journal.claim(instrument.symbol());
        SymbolEngine engine = new SymbolEngine(instrument, epoch, journal, outputs, reservation, settings,
                Clock.systemUTC(), meters, listeners::afterBatch);
        engine.recover();
        engine.start();
        engines.put(instrument.symbol(), engine);
        log.info("{}: owned under fencing epoch {}", instrument.symbol(), epoch);
    }

    /** Stops every engine (lease lost or shutting down); callers waiting on them get SERVICE_UNAVAILABLE. */
    public synchronized void release() {
        engines.values().forEach(SymbolEngine::stop);
        engines.clear();
    }
}
