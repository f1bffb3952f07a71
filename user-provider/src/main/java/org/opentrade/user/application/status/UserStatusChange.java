package org.opentrade.user.application.status;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.UserStatus;
import org.opentrade.user.application.port.FundAccounts;
import org.opentrade.user.application.port.SessionAnnouncements;
import org.opentrade.user.application.port.Users;
import org.opentrade.user.domain.User;
import org.springframework.stereotype.Service;

/**
 * Freezing and unfreezing a user (operators, risk interception). The ledger changes first and the user's status
 * last, so a change stopped half-way (fund-provider unreachable: 503, the operator retries) errs on the safe
 * side: a freeze stopped half-way has already suspended the ledger, and an unfreeze stopped half-way leaves the
 * user frozen at the facade. Then every facade instance is told to look at the user's sessions again, so the
 * user's live tokens are refused within a second.
 */
@Service
public class UserStatusChange {
    private final Users users;
    private final FundAccounts funds;
    private final SessionAnnouncements announcements;

    public UserStatusChange(Users users, FundAccounts funds, SessionAnnouncements announcements) {
        this.users = users;
        this.funds = funds;
        this.announcements = announcements;
    }

    /** Idempotent: setting the current status again repeats the (idempotent) steps and changes nothing. */
    public User set(long userId, UserStatus status) {
        users.byId(userId).orElseThrow(() -> new BusinessException(ErrorCode.USER_NOT_FOUND));
        if (status == UserStatus.FROZEN) {
            funds.suspend(userId);
        } else {
            funds.reinstate(userId);
        }
        User changed = users.setStatus(userId, status)
                .orElseThrow(() -> new BusinessException(ErrorCode.USER_NOT_FOUND));
        announcements.sessionsChanged(userId);
        return changed;
    }
}
