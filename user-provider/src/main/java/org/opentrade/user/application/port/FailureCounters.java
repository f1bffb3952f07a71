package org.opentrade.user.application.port;

import java.time.Duration;
import java.util.List;

/** Counters of failed attempts, shared by every instance; each expires some time after its last increment. */
public interface FailureCounters {
    /** The current counts, in the order of the keys (0 for a key never counted or expired). */
    List<Long> counts(List<String> keys);

    /** Adds one to each key; each then expires {@code quietFor} after this increment unless counted again. */
    void increment(List<String> keys, Duration quietFor);

    void clear(String key);
}
