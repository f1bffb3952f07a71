package org.opentrade.api.user;

import java.io.Serializable;

/** A signed bearer token and the instant (epoch millis) it stops being accepted. */
public record SessionToken(String token, long expiresAtEpochMs, long userId) implements Serializable {
    @Override
    public String toString() {
        return "SessionToken[userId=" + userId + ", expiresAtEpochMs=" + expiresAtEpochMs + "]";
    }
}
