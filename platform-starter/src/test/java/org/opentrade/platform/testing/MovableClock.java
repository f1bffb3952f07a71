package org.opentrade.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that a test sets and moves by hand (shared by the modules' tests through platform-starter's test-jar). */
public final class MovableClock extends Clock {
    private volatile Instant now;

    public MovableClock(Instant now) {
        this.now = now;
    }

    public MovableClock(long epochMs) {
        this(Instant.ofEpochMilli(epochMs));
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void setMillis(long epochMs) {
        now = Instant.ofEpochMilli(epochMs);
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
