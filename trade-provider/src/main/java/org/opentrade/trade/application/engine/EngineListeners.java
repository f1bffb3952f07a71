package org.opentrade.trade.application.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

/**
 * Who wants a nudge after an engine batch (settlement, hold releases, the event relay), and for which batches: a
 * worker woken for nothing would scan its tables on every shard for nothing. Each worker also polls on its own.
 */
@Component
public class EngineListeners {

    private record Listener(Predicate<BatchOutcome> interested, Runnable nudge) {
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public void register(Predicate<BatchOutcome> interested, Runnable nudge) {
        listeners.add(new Listener(interested, nudge));
    }

    void afterBatch(BatchOutcome outcome) {
        for (Listener listener : listeners) {
            if (listener.interested().test(outcome)) {
                listener.nudge().run();
            }
        }
    }
}
