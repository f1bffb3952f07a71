package org.opentrade.trade.domain.matching;

import org.opentrade.trade.domain.instrument.Instrument;

/** Instruments used across the engine tests. */
public final class TestInstruments {

    private TestInstruments() {
    }

    /**
     * BTC-USD as configured by default: tick 0.01, step 0.000001, maker 0.05 %, taker 0.1 %,
     * market band 5 %, prices up to 1,000,000.00 and quantities up to 10,000 BTC.
     */
    public static Instrument btcUsd() {
        return new Instrument("BTC-USD", "BTC", "USD",
                Units.of("0.01"), Units.of("0.000001"),
                Units.of("1000000"), Units.of("10000"),
                500, 1_000, 50_000);
    }

    /**
     * An awkward instrument whose notionals and fees almost never come out even (tick 7 units,
     * step 3 units, odd fee rates), to exercise every rounding path.
     */
    public static Instrument awkward() {
        return new Instrument("ODD-XYZ", "ODD", "XYZ",
                7, 3,
                7_000_000_000_000L, 3_000_000_000_000L,
                333, 777, 31_415);
    }
}
