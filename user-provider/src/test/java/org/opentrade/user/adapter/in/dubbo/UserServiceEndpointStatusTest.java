package org.opentrade.user.adapter.in.dubbo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.Role;
import org.opentrade.api.user.StatusChangeView;
import org.opentrade.api.user.UserStatus;
import org.opentrade.api.user.UserStatusChange;
import org.opentrade.user.application.InMemoryStatusChanges;
import org.opentrade.user.application.InMemoryUsers;
import org.opentrade.user.application.RecordingFunds;
import org.opentrade.user.application.status.StatusHistory;
import org.opentrade.user.domain.User;
import org.opentrade.user.domain.Username;
import org.springframework.transaction.support.TransactionOperations;

/** Status changes over the contract: bad input is VALIDATION_FAILED, and the older setStatus is recorded too. */
class UserServiceEndpointStatusTest {
    final InMemoryUsers users = new InMemoryUsers();
    final InMemoryStatusChanges records = new InMemoryStatusChanges();
    final UserServiceEndpoint endpoint = new UserServiceEndpoint(null, null, users,
            new org.opentrade.user.application.status.UserStatusChange(users, new RecordingFunds(), userId -> { },
                    records, TransactionOperations.withoutTransaction()),
            new StatusHistory(users, records), null, null, null, null);
    final User bob = users.add(User.newUser(new Username("bob"), "h", EnumSet.of(Role.USER))).orElseThrow();

    @Test
    void aChangeWithWhoAndWhyIsListedAndSetStatusIsRecordedAsTheSystem() {
        endpoint.changeStatus(new UserStatusChange(bob.userId(), UserStatus.FROZEN, "admin:1000", "chargebacks"));
        endpoint.setStatus(bob.userId(), UserStatus.ACTIVE);

        assertThat(endpoint.statusChanges(bob.userId(), 10))
                .extracting(StatusChangeView::status, StatusChangeView::actor, StatusChangeView::reason)
                .containsExactly(
                        tuple(UserStatus.ACTIVE, UserServiceEndpoint.SYSTEM_ACTOR, ""),
                        tuple(UserStatus.FROZEN, "admin:1000", "chargebacks"));
    }

    @Test
    void badInputIsValidationFailedNotAnUnexpectedFailure() {
        for (UserStatusChange bad : new UserStatusChange[] {
                null,
                new UserStatusChange(bob.userId(), null, "admin:1000", ""),
                new UserStatusChange(bob.userId(), UserStatus.FROZEN, "", ""),
                new UserStatusChange(bob.userId(), UserStatus.FROZEN, "admin:1000", "x".repeat(257))}) {
            assertThatThrownBy(() -> endpoint.changeStatus(bad)).isInstanceOfSatisfying(BusinessException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        }
        assertThatThrownBy(() -> endpoint.setStatus(bob.userId(), null)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        assertThat(records.rows).isEmpty();
    }
}
