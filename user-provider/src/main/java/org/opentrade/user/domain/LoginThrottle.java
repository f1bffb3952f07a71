package org.opentrade.user.domain;

/** Bounds password guessing per username, across all instances of the provider. */
public interface LoginThrottle {
    /** True when another attempt for this username is allowed now (and counts it). */
    boolean tryAttempt(Username username);
}
