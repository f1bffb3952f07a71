package org.opentrade.facade.auth;

import org.springframework.stereotype.Component;

/** A bearer token to its caller: a valid signature (TokenVerifier) and a live session (SessionGuard). */
@Component
public class Authentication {
    private final TokenVerifier verifier;
    private final SessionGuard sessions;

    Authentication(TokenVerifier verifier, SessionGuard sessions) {
        this.verifier = verifier;
        this.sessions = sessions;
    }

    /** The caller, or a BusinessException: 401 UNAUTHENTICATED, 403 USER_FROZEN, 503 SERVICE_UNAVAILABLE. */
    public Caller authenticate(String token) {
        Caller caller = verifier.verify(token);
        sessions.admit(caller);
        return caller;
    }
}
