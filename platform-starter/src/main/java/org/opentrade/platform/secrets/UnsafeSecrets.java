package org.opentrade.platform.secrets;

import java.util.List;

/** Thrown before anything connects anywhere: the application would run with missing or published secrets. */
public class UnsafeSecrets extends IllegalStateException {
    private final List<String> defects;

    public UnsafeSecrets(List<String> defects) {
        super("Refusing to start without the local profile: " + String.join("; ", defects));
        this.defects = List.copyOf(defects);
    }

    public List<String> defects() {
        return defects;
    }
}
