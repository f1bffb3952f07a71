package org.opentrade.trade.application;

import java.util.List;
import java.util.Optional;

import org.opentrade.trade.domain.instrument.Instrument;

/** The instruments the venue lists right now. Configuration can change at run time; readers see a whole list. */
public interface InstrumentCatalog {

    List<Instrument> all();

    default Optional<Instrument> bySymbol(String symbol) {
        return all().stream().filter(instrument -> instrument.symbol().equals(symbol)).findFirst();
    }
}
