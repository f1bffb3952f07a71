package org.opentrade.user.application.port;

import org.opentrade.user.domain.Username;

/** Bounds password guessing per username, across all instances of the provider. */
public interface LoginThrottle {
    /** True when another attempt for this username is allowed now (and counts it). */
    boolean tryAttempt(Username username);
}
