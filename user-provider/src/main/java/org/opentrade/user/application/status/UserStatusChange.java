package org.opentrade.user.application.status;

import java.time.Clock;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.UserStatus;
import org.opentrade.user.application.port.FundAccounts;
import org.opentrade.user.application.port.SessionAnnouncements;
import org.opentrade.user.application.port.StatusChanges;
import org.opentrade.user.application.port.Users;
import org.opentrade.user.domain.StatusChange;
import org.opentrade.user.domain.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Freezing and unfreezing a user (operators, risk interception). The ledger changes first and the user's status
 * last, so a change stopped half-way (fund-provider unreachable: 503, the operator retries) errs on the safe
 * side: a freeze stopped half-way has already suspended the ledger, and an unfreeze stopped half-way leaves the
 * user frozen at the facade. The status update and its record (who, why, when) commit together, so every recorded
 * change happened and every change is recorded. Then every facade instance is told to look at the user's sessions
 * again, so the user's live tokens are refused within a second.
 */
@Service
public class UserStatusChange {
    private final Users users;
    private final FundAccounts funds;
    private final SessionAnnouncements announcements;
    private final StatusChanges changes;
    private final TransactionOperations transactions;
    private final Clock clock = Clock.systemUTC();

    public UserStatusChange(Users users, FundAccounts funds, SessionAnnouncements announcements,
                            StatusChanges changes, TransactionOperations transactions) {
        this.users = users;
        this.funds = funds;
        this.announcements = announcements;
        this.changes = changes;
        this.transactions = transactions;
    }

    /**
     * Idempotent: setting the current status again repeats the (idempotent) ledger step and the announcement, and
     * records nothing. A bad actor or reason ({@link org.opentrade.user.domain.InvalidStatusChange}) touches nothing.
     */
    public User change(long userId, UserStatus status, String actor, String reason) {
        StatusChange requested = new StatusChange(userId, status, actor, reason, clock.instant());
        users.byId(userId).orElseThrow(() -> new BusinessException(ErrorCode.USER_NOT_FOUND));
        if (status == UserStatus.FROZEN) {
            funds.suspend(userId);
        } else {
            funds.reinstate(userId);
        }
        transactions.executeWithoutResult(tx -> {
            // the conditional update lets one of two concurrent identical changes win: only the winner records it
            if (users.changeStatus(userId, status)) {
                changes.add(requested.at(clock.instant()));
            }
        });
        announcements.sessionsChanged(userId);
        return users.byId(userId).orElseThrow(() -> new BusinessException(ErrorCode.USER_NOT_FOUND));
    }
}
