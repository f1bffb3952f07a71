package org.opentrade.trade.application.engine;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.opentrade.trade.application.InstrumentCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One {@link SymbolEngine} per listed instrument, each recovered from its log before this provider takes orders.
 * Instruments are read once at start: an engine replays its log with the parameters (tick, fees) it runs with,
 * so changing an instrument takes effect at the next start (docs/adr/0006-matching-engine-durability.md).
 */
@Component
public class SymbolEngines implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SymbolEngines.class);

    private final InstrumentCatalog catalog;
    private final EngineJournal journal;
    private final EngineOutputs outputs;
    private final EngineSettings settings;
    private final EngineListeners listeners;
    private final Map<String, SymbolEngine> engines = new ConcurrentHashMap<>();
    private volatile boolean running;

    public SymbolEngines(InstrumentCatalog catalog, EngineJournal journal, EngineOutputs outputs,
                         EngineSettings settings, EngineListeners listeners) {
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

    @Override
    public void start() {
        catalog.all().forEach(instrument -> {
            SymbolEngine engine = new SymbolEngine(instrument, journal, outputs, settings, Clock.systemUTC(),
                    listeners::afterBatch);
            engine.recover();
            engine.start();
            engines.put(instrument.symbol(), engine);
        });
        log.info("matching engines running: {}", engines.keySet());
        running = true;
    }

    @Override
    public void stop() {
        engines.values().forEach(SymbolEngine::stop);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the Dubbo endpoint opens (it starts in a later phase) and after the data source is up. */
    @Override
    public int getPhase() {
        return 0;
    }
}
