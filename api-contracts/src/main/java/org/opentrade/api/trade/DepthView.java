package org.opentrade.api.trade;

import java.io.Serializable;
import java.util.List;

/** Aggregated book levels, best first; {@code sequence} is the engine's last command at the time of the snapshot. */
public record DepthView(String symbol, long sequence, List<Level> bids, List<Level> asks) implements Serializable {

    public record Level(long price, long quantity) implements Serializable {
    }
}
