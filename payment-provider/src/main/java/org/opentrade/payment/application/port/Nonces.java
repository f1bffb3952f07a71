package org.opentrade.payment.application.port;

/** Nonces of bank notifications already accepted; the database's unique key is the authority. */
public interface Nonces {
    /** Records the nonce; false when it was recorded before (a replay). */
    boolean remember(String nonce, long receivedAtEpochMs);

    /** Forgets nonces received before the cutoff, at most limit of them; returns how many. */
    int forgetBefore(long cutoffEpochMs, int limit);
}
