package org.opentrade.api.user.apikey;

/**
 * Whether requests signed with a key are admitted: only an ACTIVE key of an active user. A revoked key stays revoked;
 * a live key of a frozen user is USER_FROZEN until an operator unfreezes the user.
 */
public enum ApiKeyStatus {
    ACTIVE,
    REVOKED,
    USER_FROZEN,
    UNKNOWN
}
