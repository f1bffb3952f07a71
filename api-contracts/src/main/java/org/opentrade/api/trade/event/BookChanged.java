package org.opentrade.api.trade.event;

import java.io.Serializable;
import java.util.List;

import org.opentrade.api.trade.DepthView;

/**
 * The top of a symbol's book after the engine command {@code sequence}: a full snapshot of up to 20 levels per
 * side, not a diff, so a consumer that missed one simply takes the next (and ignores lower sequences).
 */
public record BookChanged(String eventId, String symbol, long sequence, List<DepthView.Level> bids,
                          List<DepthView.Level> asks, long timeEpochMs) implements Serializable {
    public static final int LEVELS = 20;
}
