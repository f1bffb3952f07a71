package org.opentrade.api.user;

/**
 * The channel on which user-provider announces, after the change committed, that a user's sessions must be looked
 * at again (a freeze, an unfreeze, a logout, a password change). Its messages are the user id as a decimal string;
 * every facade instance drops what it cached about that user's sessions. A message lost in transit is covered by
 * the bounded lifetime of those cache entries.
 */
public final class SessionEvents {
    /** A Redis pub/sub channel (Redisson RTopic). */
    public static final String CHANNEL = "opentrade:user:sessions-changed";

    private SessionEvents() {
    }
}
