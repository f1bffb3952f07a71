package org.opentrade.banksandbox.application;

import java.util.concurrent.atomic.AtomicReference;
import org.opentrade.banksandbox.domain.Behaviour;

/** The behaviour in force; a request reads it once, so a change never applies to half a request. */
public final class BehaviourSettings {

    private final AtomicReference<Behaviour> current = new AtomicReference<>(Behaviour.DEFAULT);

    public Behaviour current() {
        return current.get();
    }

    public void replace(Behaviour behaviour) {
        current.set(behaviour);
    }
}
