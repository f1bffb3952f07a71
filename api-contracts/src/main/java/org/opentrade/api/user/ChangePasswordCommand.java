package org.opentrade.api.user;

import java.io.Serializable;

/**
 * A user changes their password from one of their sessions ({@code sessionId}): that session stays, every other
 * session of the user ends.
 */
public record ChangePasswordCommand(long userId, String sessionId, String currentPassword, String newPassword)
        implements Serializable {
    @Override
    public String toString() {
        return "ChangePasswordCommand[userId=" + userId + ", sessionId=" + sessionId + ", passwords=***]";
    }
}
