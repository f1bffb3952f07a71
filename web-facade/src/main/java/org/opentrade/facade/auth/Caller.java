package org.opentrade.facade.auth;

import java.util.Set;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.Role;

/** The authenticated user behind a request, as its verified token says, and the session the token belongs to. */
public record Caller(long userId, String username, Set<Role> roles, String sessionId) {

    public void requireRole(Role role) {
        if (!roles.contains(role)) {
            throw new BusinessException(ErrorCode.FORBIDDEN);
        }
    }
}
