package org.opentrade.user.application.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.Role;
import org.opentrade.api.user.UserStatus;
import org.opentrade.user.application.InMemoryStatusChanges;
import org.opentrade.user.application.InMemoryUsers;
import org.opentrade.user.application.RecordingFunds;
import org.opentrade.user.application.port.StatusChanges;
import org.opentrade.user.domain.InvalidStatusChange;
import org.opentrade.user.domain.StatusChange;
import org.opentrade.user.domain.User;
import org.opentrade.user.domain.Username;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Freeze and unfreeze: the ledger first, then the status and its record (who, why, when) in one transaction, then the
 * facades are told. Only a change that happened is recorded.
 */
class UserStatusChangeTest {
    final InMemoryUsers users = new InMemoryUsers();
    final RecordingFunds funds = new RecordingFunds();
    final List<Long> announced = new ArrayList<>();
    final InMemoryStatusChanges records = new InMemoryStatusChanges();
    final Transactions transactions = new Transactions();
    final UserStatusChange change = new UserStatusChange(users, funds, announced::add, recordedInside(transactions, records),
            transactions);
    final User bob = users.add(User.newUser(new Username("bob"), "h", EnumSet.of(Role.USER))).orElseThrow();

    @Test
    void aFreezeSuspendsTheLedgerThenFreezesTheUserThenAnnouncesAndUnfreezeMirrorsIt() {
        assertThat(change.change(bob.userId(), UserStatus.FROZEN, "admin:1000", "card testing").status())
                .isEqualTo(UserStatus.FROZEN);
        assertThat(change.change(bob.userId(), UserStatus.ACTIVE, "admin:1001", "cleared").status())
                .isEqualTo(UserStatus.ACTIVE);

        assertThat(funds.calls).containsExactly("suspend " + bob.userId(), "reinstate " + bob.userId());
        assertThat(announced).containsExactly(bob.userId(), bob.userId());
    }

    @Test
    void eachChangeIsRecordedWithWhoWhyAndWhenNewestFirst() {
        Instant before = Instant.now();
        change.change(bob.userId(), UserStatus.FROZEN, "admin:1000", "card testing");
        change.change(bob.userId(), UserStatus.ACTIVE, "risk:alert-7", null);
        Instant after = Instant.now();

        List<StatusChange> history = records.ofUser(bob.userId(), 10);
        assertThat(history).extracting(StatusChange::status, StatusChange::actor, StatusChange::reason)
                .containsExactly(
                        tuple(UserStatus.ACTIVE, "risk:alert-7", ""),
                        tuple(UserStatus.FROZEN, "admin:1000", "card testing"));
        assertThat(history).allSatisfy(c -> assertThat(c.changedAt()).isBetween(before, after));
        assertThat(transactions.committed).isEqualTo(2);
    }

    @Test
    void settingTheCurrentStatusAgainRepeatsTheIdempotentStepsAndRecordsNothing() {
        change.change(bob.userId(), UserStatus.FROZEN, "admin:1000", "first");
        change.change(bob.userId(), UserStatus.FROZEN, "admin:1001", "second");
        change.change(bob.userId(), UserStatus.ACTIVE, "admin:1000", "");
        change.change(bob.userId(), UserStatus.ACTIVE, "admin:1000", "");

        assertThat(records.rows).extracting(StatusChange::reason).containsExactly("first", "");
        assertThat(funds.calls).hasSize(4);
        assertThat(announced).hasSize(4);
    }

    @Test
    void withTheLedgerDownNothingChangesNothingIsRecordedAndTheOperatorIsToldToRetry() {
        funds.down = true;

        assertThatThrownBy(() -> change.change(bob.userId(), UserStatus.FROZEN, "admin:1000", "why"))
                .isInstanceOf(IllegalStateException.class);

        assertThat(users.byId(bob.userId()).orElseThrow().status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(records.rows).isEmpty();
        assertThat(announced).isEmpty();
    }

    @Test
    void anUnknownUserIsNotFoundAndTouchesNothing() {
        assertThatThrownBy(() -> change.change(424242, UserStatus.FROZEN, "admin:1000", "why"))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.USER_NOT_FOUND));
        assertThat(funds.calls).isEmpty();
        assertThat(records.rows).isEmpty();
    }

    @Test
    void aMissingStatusOrAnActorOrReasonOutOfBoundsTouchesNothing() {
        String reasonTooLong = "r".repeat(StatusChange.REASON_LENGTH_MAX + 1);
        for (Runnable bad : List.<Runnable>of(
                () -> change.change(bob.userId(), null, "admin:1000", "why"),
                () -> change.change(bob.userId(), UserStatus.FROZEN, null, "why"),
                () -> change.change(bob.userId(), UserStatus.FROZEN, "  ", "why"),
                () -> change.change(bob.userId(), UserStatus.FROZEN, "a".repeat(65), "why"),
                () -> change.change(bob.userId(), UserStatus.FROZEN, "admin:1000", reasonTooLong))) {
            assertThatThrownBy(bad::run).isInstanceOf(InvalidStatusChange.class);
        }
        assertThat(funds.calls).isEmpty();
        assertThat(records.rows).isEmpty();
        assertThat(users.byId(bob.userId()).orElseThrow().status()).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void boundsCountCharactersAsTheColumnsDoNotUtf16Units() {
        String emojiReason = "\uD83D\uDD12".repeat(StatusChange.REASON_LENGTH_MAX);

        change.change(bob.userId(), UserStatus.FROZEN, "a".repeat(StatusChange.ACTOR_LENGTH_MAX), emojiReason);

        assertThat(records.rows).singleElement().extracting(StatusChange::reason).isEqualTo(emojiReason);
    }

    /** The status update and its record must commit together: the record is refused outside a transaction. */
    private static StatusChanges recordedInside(Transactions transactions, InMemoryStatusChanges rows) {
        return new StatusChanges() {
            @Override
            public void add(StatusChange change) {
                assertThat(transactions.open).as("recorded inside the status update's transaction").isTrue();
                rows.add(change);
            }

            @Override
            public List<StatusChange> ofUser(long userId, int limit) {
                return rows.ofUser(userId, limit);
            }
        };
    }

    /** Runs the callback as one transaction would, and says whether one is open. */
    static final class Transactions implements TransactionOperations {
        boolean open;
        int committed;

        @Override
        public <T> T execute(TransactionCallback<T> action) {
            open = true;
            try {
                T result = action.doInTransaction(null);
                committed++;
                return result;
            } finally {
                open = false;
            }
        }
    }
}
