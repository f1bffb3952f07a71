package org.opentrade.trade.application.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentrade.trade.application.InstrumentCatalog;
import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.TestInstruments;

/** Listing an instrument while the engines run: the lease holder starts its engine, once, without a restart. */
class SymbolEnginesTest {

    final List<Instrument> listed = new CopyOnWriteArrayList<>(List.of(TestInstruments.btcUsd()));
    final InstrumentCatalog catalog = () -> List.copyOf(listed);
    final SymbolEngines engines = new SymbolEngines(catalog, new StoreInMemory(), new StoreInMemory(),
            PipelineRecoveryTest.SETTINGS, new EngineListeners(), new SimpleMeterRegistry(), new PassThroughReservation());

    @AfterEach
    void stopEngines() {
        engines.release();
    }

    @Test
    void anInstrumentListedAfterTheTakeOverGetsItsEngineAtTheNextCheckAndOnlyOnce() {
        engines.takeOver();
        assertThat(engines.ownNewlyListed()).isEmpty();

        listed.add(TestInstruments.awkward());
        assertThat(engines.ownNewlyListed()).containsExactly("ODD-XYZ");
        assertThat(engines.ownNewlyListed()).isEmpty();

        assertThat(engines.bySymbol("ODD-XYZ")).hasValueSatisfying(engine -> assertThat(engine.failure()).isNull());
        assertThat(engines.all()).hasSize(2);
        assertThat(engines.allRunning()).isTrue();
    }

    @Test
    void aDelistedInstrumentKeepsItsEngineUntilTheNextTakeOverSoItsRestingOrdersCanStillBeCancelled() {
        listed.add(TestInstruments.awkward());
        engines.takeOver();

        listed.removeIf(instrument -> instrument.symbol().equals("ODD-XYZ"));
        assertThat(engines.ownNewlyListed()).isEmpty();
        assertThat(engines.bySymbol("ODD-XYZ")).isPresent();

        engines.release();
        engines.takeOver();
        assertThat(engines.bySymbol("ODD-XYZ")).isEmpty();
        assertThat(engines.bySymbol("BTC-USD")).isPresent();
    }
}
