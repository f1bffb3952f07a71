package org.opentrade.facade.auth.apikey;

/**
 * How far a signed request's timestamp may be from the facade's clock, either way: late requests (a delayed or
 * captured one) and early ones (a client clock ahead) alike. Within it, a signature is accepted once
 * ({@link RequestGate}), so it is remembered for {@link #signatureMemoryMs()}: the longest a timestamp can stay
 * inside the window.
 */
public record ReceiveWindow(long windowMs) {
    public static final long WINDOW_MS_MAX = 60_000;

    public ReceiveWindow {
        if (windowMs <= 0 || windowMs > WINDOW_MS_MAX) {
            throw new IllegalArgumentException("receive-window-ms must be 1-" + WINDOW_MS_MAX);
        }
    }

    public boolean admits(long timestampMs, long nowMs) {
        return Math.abs(nowMs - timestampMs) <= windowMs;
    }

    /**
     * A timestamp admitted now stays admissible until timestamp + window, at most 2 windows from now (a timestamp a
     * window ahead); a second more covers clocks of other facade instances.
     */
    public long signatureMemoryMs() {
        return 2 * windowMs + 1_000;
    }
}
