package org.opentrade.trade.domain.matching;

import java.util.List;

import org.opentrade.trade.domain.matching.event.EngineEvent;

/** What one command did: its engine-assigned sequence number and the events it caused, in order. */
public record ExecutionResult(long sequence, List<EngineEvent> events) {

    public ExecutionResult {
        events = List.copyOf(events);
    }
}
