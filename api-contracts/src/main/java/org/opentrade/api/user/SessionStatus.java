package org.opentrade.api.user;

/**
 * Whether a session's token may still be used, as user-provider (the owner of sessions) sees it now. A token's
 * signature and expiry say only that it was issued; this says whether it was revoked since (logout, password
 * change) or its user was frozen.
 */
public enum SessionStatus {
    /** The session is live and its user active. */
    ACTIVE,
    /** Logged out, or ended by a password change. */
    REVOKED,
    /** Past its expiry. */
    EXPIRED,
    /** The session is live but an operator (or risk interception) froze its user: every request is refused. */
    USER_FROZEN,
    /** No such session: never issued here, or purged long after it expired. */
    UNKNOWN
}
