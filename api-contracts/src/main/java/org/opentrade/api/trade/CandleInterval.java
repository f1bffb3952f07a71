package org.opentrade.api.trade;

import java.util.Optional;

/**
 * The candle lengths the venue builds. Every candle covers [openTime, openTime + length) in UTC epoch milliseconds,
 * aligned to the epoch: minutes and hours start on the minute and hour, 4h candles at 00, 04, ..., 20 UTC and 1d
 * candles at UTC midnight (a day is a whole number of each length, and the epoch began at midnight).
 */
public enum CandleInterval {
    M1("1m", 60_000L),
    M5("5m", 300_000L),
    M15("15m", 900_000L),
    H1("1h", 3_600_000L),
    H4("4h", 14_400_000L),
    D1("1d", 86_400_000L);

    /** What clients write: "1m", "5m", "15m", "1h", "4h", "1d". */
    public static final String WIRE_NAMES = "1m|5m|15m|1h|4h|1d";

    private final String wire;
    private final long millis;

    CandleInterval(String wire, long millis) {
        this.wire = wire;
        this.millis = millis;
    }

    public String wire() {
        return wire;
    }

    public long millis() {
        return millis;
    }

    /** The open time of the candle that holds {@code epochMs} (also before 1970: floor, not truncation). */
    public long openTimeOf(long epochMs) {
        return Math.floorDiv(epochMs, millis) * millis;
    }

    public static Optional<CandleInterval> ofWire(String wire) {
        for (CandleInterval interval : values()) {
            if (interval.wire.equals(wire)) {
                return Optional.of(interval);
            }
        }
        return Optional.empty();
    }
}
