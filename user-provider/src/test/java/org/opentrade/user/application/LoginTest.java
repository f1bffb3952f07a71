package org.opentrade.user.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.Role;
import org.opentrade.api.user.SessionToken;
import org.opentrade.api.user.UserStatus;
import org.opentrade.user.domain.Password;
import org.opentrade.user.domain.PasswordHasher;
import org.opentrade.user.domain.User;
import org.opentrade.user.domain.Username;
import org.opentrade.user.domain.Users;

/** The login and registration use cases with their ports played by small in-process fakes. */
class LoginTest {
    final FakeUsers users = new FakeUsers();
    final PasswordHasher hasher = new PasswordHasher() {
        @Override
        public String hash(Password password) {
            return "h:" + password.reveal();
        }

        @Override
        public boolean matches(Password password, String hash) {
            return hash.equals("h:" + password.reveal());
        }
    };
    final AtomicInteger attemptsLeft = new AtomicInteger(3);
    final AtomicInteger accountOpenings = new AtomicInteger();
    final Login login = new Login(users, hasher,
            user -> new SessionToken("token-of-" + user.userId(), 1L, user.userId()),
            username -> attemptsLeft.getAndDecrement() > 0);
    final UserRegistration registration = new UserRegistration(users, hasher, userId -> accountOpenings.incrementAndGet());

    @Test
    void aRegisteredUserLogsInWithTheRightPasswordOnly() {
        User alice = registration.register(new Username("alice"), Password.of("right-password"), EnumSet.of(Role.USER));
        assertThat(login.logIn(new Username("alice"), Password.of("right-password")).token())
                .isEqualTo("token-of-" + alice.userId());
        assertThatThrownBy(() -> login.logIn(new Username("alice"), Password.of("wrong-password")))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_CREDENTIALS));
        assertThatThrownBy(() -> login.logIn(new Username("nobody"), Password.of("right-password")))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_CREDENTIALS));
    }

    @Test
    void registrationStoresAHashNeverThePasswordAndOpensAccounts() {
        User bob = registration.register(new Username("bob"), Password.of("bobs-password"), EnumSet.of(Role.USER));
        assertThat(bob.passwordHash()).isNotEqualTo("bobs-password");
        assertThat(accountOpenings).hasValue(1);
    }

    @Test
    void aTakenUsernameIsRefused() {
        registration.register(new Username("carol"), Password.of("password-1"), EnumSet.of(Role.USER));
        assertThatThrownBy(() -> registration.register(new Username("carol"), Password.of("password-2"),
                EnumSet.of(Role.USER)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.USERNAME_TAKEN));
    }

    @Test
    void registrationSucceedsWhenTheLedgerCannotOpenAccountsNow() {
        UserRegistration withLedgerDown = new UserRegistration(users, hasher, userId -> {
            throw new IllegalStateException("fund-provider down");
        });
        User dave = withLedgerDown.register(new Username("dave"), Password.of("password-1"), EnumSet.of(Role.USER));
        assertThat(users.byId(dave.userId())).isPresent();
    }

    @Test
    void aFrozenUserCannotLogIn() {
        User erin = registration.register(new Username("erin"), Password.of("password-1"), EnumSet.of(Role.USER));
        users.replace(new User(erin.userId(), erin.username(), erin.passwordHash(), UserStatus.FROZEN, erin.roles()));
        assertThatThrownBy(() -> login.logIn(new Username("erin"), Password.of("password-1")))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.USER_FROZEN));
    }

    @Test
    void attemptsBeyondTheThrottleAreRefusedBeforeThePasswordIsChecked() {
        registration.register(new Username("frank"), Password.of("password-1"), EnumSet.of(Role.USER));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> login.logIn(new Username("frank"), Password.of("guess-guess")))
                    .isInstanceOf(BusinessException.class);
        }
        assertThatThrownBy(() -> login.logIn(new Username("frank"), Password.of("password-1")))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TOO_MANY_LOGIN_ATTEMPTS));
    }

    static final class FakeUsers implements Users {
        private final Map<Long, User> byId = new HashMap<>();
        private final AtomicLong ids = new AtomicLong();

        @Override
        public Optional<User> add(User user) {
            if (byUsername(user.username()).isPresent()) {
                return Optional.empty();
            }
            User stored = new User(ids.incrementAndGet(), user.username(), user.passwordHash(), user.status(),
                    user.roles());
            byId.put(stored.userId(), stored);
            return Optional.of(stored);
        }

        @Override
        public Optional<User> setStatus(long userId, UserStatus status) {
            return byId(userId).map(u -> {
                replace(new User(u.userId(), u.username(), u.passwordHash(), status, u.roles()));
                return byId.get(userId);
            });
        }

        void replace(User user) {
            byId.put(user.userId(), user);
        }

        @Override
        public Optional<User> byId(long userId) {
            return Optional.ofNullable(byId.get(userId));
        }

        @Override
        public Optional<User> byUsername(Username username) {
            return byId.values().stream().filter(u -> u.username().equals(username)).findFirst();
        }
    }
}
