package org.opentrade.facade.auth;

import java.util.Set;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.Role;

/**
 * The authenticated user behind a request: from a verified session token (with the session it belongs to), or from a
 * request signed with an API key (with the key's id, no session, and never more than role USER).
 *
 * @param sessionId null for a request signed with an API key
 * @param apiKeyId  null for a request with a session token
 */
public record Caller(long userId, String username, Set<Role> roles, String sessionId, String apiKeyId) {

    /** A caller with a session token. */
    public Caller(long userId, String username, Set<Role> roles, String sessionId) {
        this(userId, username, roles, sessionId, null);
    }

    /** A caller by API key: the key's routes are a client's routes, whatever roles its owner has. */
    public static Caller ofApiKey(long userId, String username, String apiKeyId) {
        return new Caller(userId, username, Set.of(Role.USER), null, apiKeyId);
    }

    public void requireRole(Role role) {
        if (!roles.contains(role)) {
            throw new BusinessException(ErrorCode.FORBIDDEN);
        }
    }

    /** For routes that take a session token only (key management): the request filter refuses keys there first. */
    public void requireSession() {
        if (sessionId == null) {
            throw new BusinessException(ErrorCode.SESSION_REQUIRED);
        }
    }
}
