package org.opentrade.user.application.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.Role;
import org.opentrade.api.user.UserStatus;
import org.opentrade.user.application.InMemoryUsers;
import org.opentrade.user.application.RecordingFunds;
import org.opentrade.user.domain.User;
import org.opentrade.user.domain.Username;

/** Freeze and unfreeze: the ledger first, the status last, then the facades are told. */
class UserStatusChangeTest {
    final InMemoryUsers users = new InMemoryUsers();
    final RecordingFunds funds = new RecordingFunds();
    final List<Long> announced = new ArrayList<>();
    final UserStatusChange change = new UserStatusChange(users, funds, announced::add);
    final User bob = users.add(User.newUser(new Username("bob"), "h", EnumSet.of(Role.USER))).orElseThrow();

    @Test
    void aFreezeSuspendsTheLedgerThenFreezesTheUserThenAnnouncesAndUnfreezeMirrorsIt() {
        assertThat(change.set(bob.userId(), UserStatus.FROZEN).status()).isEqualTo(UserStatus.FROZEN);
        assertThat(change.set(bob.userId(), UserStatus.ACTIVE).status()).isEqualTo(UserStatus.ACTIVE);

        assertThat(funds.calls).containsExactly("suspend " + bob.userId(), "reinstate " + bob.userId());
        assertThat(announced).containsExactly(bob.userId(), bob.userId());
    }

    @Test
    void withTheLedgerDownNothingChangesAndTheOperatorIsToldToRetry() {
        funds.down = true;

        assertThatThrownBy(() -> change.set(bob.userId(), UserStatus.FROZEN)).isInstanceOf(IllegalStateException.class);

        assertThat(users.byId(bob.userId()).orElseThrow().status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(announced).isEmpty();
    }

    @Test
    void anUnknownUserIsNotFoundAndTouchesNothing() {
        assertThatThrownBy(() -> change.set(424242, UserStatus.FROZEN))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.USER_NOT_FOUND));
        assertThat(funds.calls).isEmpty();
    }
}
