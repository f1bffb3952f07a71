package org.opentrade.user.application.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.Role;
import org.opentrade.api.user.UserStatus;
import org.opentrade.user.application.InMemoryStatusChanges;
import org.opentrade.user.application.InMemoryUsers;
import org.opentrade.user.domain.StatusChange;
import org.opentrade.user.domain.User;
import org.opentrade.user.domain.Username;

/** A user's recorded changes for operators: newest first, bounded, and only for a user who exists. */
class StatusHistoryTest {
    final InMemoryUsers users = new InMemoryUsers();
    final InMemoryStatusChanges records = new InMemoryStatusChanges();
    final StatusHistory history = new StatusHistory(users, records);
    final User bob = users.add(User.newUser(new Username("bob"), "h", EnumSet.of(Role.USER))).orElseThrow();
    final User eve = users.add(User.newUser(new Username("eve"), "h", EnumSet.of(Role.USER))).orElseThrow();

    @Test
    void listsOnlyThatUsersChangesNewestFirstUpToTheLimit() {
        record(bob, UserStatus.FROZEN, "one");
        record(eve, UserStatus.FROZEN, "eve's");
        record(bob, UserStatus.ACTIVE, "two");
        record(bob, UserStatus.FROZEN, "three");

        assertThat(history.of(bob.userId(), 2)).extracting(StatusChange::reason).containsExactly("three", "two");
        assertThat(history.of(bob.userId(), StatusHistory.LIMIT_MAX)).hasSize(3);
    }

    @Test
    void aLimitOutsideOneToTwoHundredIsRefused() {
        for (int limit : new int[] {0, -1, StatusHistory.LIMIT_MAX + 1}) {
            assertThatThrownBy(() -> history.of(bob.userId(), limit)).isInstanceOfSatisfying(BusinessException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        }
    }

    @Test
    void anUnknownUserIsNotFoundRatherThanAnEmptyHistory() {
        assertThatThrownBy(() -> history.of(424242, 10)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.USER_NOT_FOUND));
    }

    private void record(User user, UserStatus status, String reason) {
        records.add(new StatusChange(user.userId(), status, "admin:1000", reason, Instant.now()));
    }
}
