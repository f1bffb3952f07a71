package org.opentrade.trade.application.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

/** Who wants a nudge after each engine batch (settlement and release workers), so they need not poll fast. */
@Component
public class EngineListeners {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void register(Runnable listener) {
        listeners.add(listener);
    }

    void afterBatch() {
        listeners.forEach(Runnable::run);
    }
}
