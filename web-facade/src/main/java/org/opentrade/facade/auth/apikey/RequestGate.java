package org.opentrade.facade.auth.apikey;

/**
 * Admits each signed request once and at the key's rate, for every facade instance together (Redis): a signature
 * seen within the receive window is a replay; past the rate the request waits its turn.
 */
public interface RequestGate {

    /** Admits the request signed SIGNATURE with KEY ID at NOW, remembering the signature for MEMORY MS. */
    Admission admit(String keyId, String signature, long nowMs, long memoryMs);

    /** Each key's sustained rate, for the RateLimit-Limit header of a refusal; 0 when not known. */
    default long requestsPerSecond() {
        return 0;
    }

    /**
     * ADMITTED (the signature is now remembered and counted), REPLAYED (seen before; nothing counted) or LIMITED (over
     * the key's rate; nothing remembered, so the same signed request may be sent again after {@code retryAfterMs},
     * while its timestamp is still inside the window).
     */
    record Admission(Outcome outcome, long retryAfterMs) {
        public static final Admission ADMITTED = new Admission(Outcome.ADMITTED, 0);
        public static final Admission REPLAYED = new Admission(Outcome.REPLAYED, 0);

        public static Admission limited(long retryAfterMs) {
            return new Admission(Outcome.LIMITED, retryAfterMs);
        }
    }

    enum Outcome {
        ADMITTED,
        REPLAYED,
        LIMITED
    }
}
