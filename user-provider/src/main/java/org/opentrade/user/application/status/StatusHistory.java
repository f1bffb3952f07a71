package org.opentrade.user.application.status;

import java.util.List;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.user.application.port.StatusChanges;
import org.opentrade.user.application.port.Users;
import org.opentrade.user.domain.StatusChange;
import org.springframework.stereotype.Service;

/** A user's recorded freezes and unfreezes, newest first, for operators. */
@Service
public class StatusHistory {
    public static final int LIMIT_MAX = 200;

    private final Users users;
    private final StatusChanges changes;

    public StatusHistory(Users users, StatusChanges changes) {
        this.users = users;
        this.changes = changes;
    }

    /** VALIDATION_FAILED for a limit outside 1-200; USER_NOT_FOUND rather than an empty list for a wrong id. */
    public List<StatusChange> of(long userId, int limit) {
        if (limit < 1 || limit > LIMIT_MAX) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, "limit must be 1-" + LIMIT_MAX);
        }
        users.byId(userId).orElseThrow(() -> new BusinessException(ErrorCode.USER_NOT_FOUND));
        return changes.ofUser(userId, limit);
    }
}
