package org.opentrade.api.user;

import java.io.Serializable;

/** What the facade needs to admit a request carrying a session's token. */
public record SessionView(String sessionId, long userId, SessionStatus status) implements Serializable {

    public static SessionView unknown(String sessionId) {
        return new SessionView(sessionId, 0, SessionStatus.UNKNOWN);
    }
}
