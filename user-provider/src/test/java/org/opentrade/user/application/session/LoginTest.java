package org.opentrade.user.application.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.RateLimitedException;
import org.opentrade.api.user.Role;
import org.opentrade.api.user.SessionToken;
import org.opentrade.api.user.UserStatus;
import org.opentrade.user.adapter.out.security.PassayPasswordRules;
import org.opentrade.user.application.InMemoryFailureCounters;
import org.opentrade.user.application.InMemorySessions;
import org.opentrade.user.application.InMemoryUsers;
import org.opentrade.user.application.PlainHasher;
import org.opentrade.user.application.RecordingFunds;
import org.opentrade.user.application.TestAuth;
import org.opentrade.user.application.UserRegistration;
import org.opentrade.user.application.port.PasswordHasher;
import org.opentrade.user.domain.AttemptOrigin;
import org.opentrade.user.domain.Password;
import org.opentrade.user.domain.User;
import org.opentrade.user.domain.Username;

/** The login and registration use cases with their ports played by small in-process fakes. */
class LoginTest {
    final InMemoryUsers users = new InMemoryUsers();
    final InMemorySessions sessions = new InMemorySessions();
    final PlainHasher hasher = new PlainHasher();
    final AtomicInteger hashComparisons = new AtomicInteger();
    final RecordingFunds funds = new RecordingFunds();
    final LoginThrottle throttle = new LoginThrottle(new InMemoryFailureCounters(), TestAuth.PROPERTIES);
    final Login login = new Login(users, new CountingHasher(), TestAuth.TOKENS, throttle, sessions, TestAuth.PROPERTIES);
    final UserRegistration registration = new UserRegistration(users, hasher, funds, new PassayPasswordRules());
    static final AttemptOrigin HOME = AttemptOrigin.ofAddress("198.51.100.1");
    static final AttemptOrigin ATTACKER = AttemptOrigin.ofAddress("203.0.113.66");

    @Test
    void aRegisteredUserLogsInWithTheRightPasswordOnlyAndEachLoginIsItsOwnSession() {
        User alice = registration.register(new Username("alice"), Password.of("right-password"), EnumSet.of(Role.USER));

        SessionToken first = login.logIn(new Username("alice"), Password.of("right-password"), HOME);
        SessionToken second = login.logIn(new Username("alice"), Password.of("right-password"), HOME);

        assertThat(first.userId()).isEqualTo(alice.userId());
        assertThat(first.token()).isNotEqualTo(second.token());
        assertThat(sessions.byId(first.token())).hasValueSatisfying(s -> assertThat(s.userId()).isEqualTo(alice.userId()));
        assertThat(sessions.size()).isEqualTo(2);
        assertThatThrownBy(() -> login.logIn(new Username("alice"), Password.of("wrong-password"), HOME))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_CREDENTIALS));
    }

    @Test
    void anUnknownUserIsAnsweredLikeAWrongPasswordAfterTheSameHashComparison() {
        registration.register(new Username("gina"), Password.of("right-password"), EnumSet.of(Role.USER));
        hashComparisons.set(0);

        BusinessException unknown = catchBusiness(() -> login.logIn(new Username("nobody"), Password.of("right-password"), HOME));
        BusinessException wrong = catchBusiness(() -> login.logIn(new Username("gina"), Password.of("wrong-password"), HOME));

        assertThat(unknown.code()).isEqualTo(wrong.code()).isEqualTo(ErrorCode.BAD_CREDENTIALS);
        assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
        assertThat(hashComparisons).hasValue(2);
        assertThat(sessions.size()).isZero();
    }

    @Test
    void registrationStoresAHashNeverThePasswordAndOpensAccounts() {
        User bob = registration.register(new Username("bob"), Password.of("bobs-password"), EnumSet.of(Role.USER));
        assertThat(bob.passwordHash()).isNotEqualTo("bobs-password");
        assertThat(funds.calls).containsExactly("open " + bob.userId());
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
        funds.down = true;
        User dave = registration.register(new Username("dave"), Password.of("password-1"), EnumSet.of(Role.USER));
        assertThat(users.byId(dave.userId())).isPresent();
    }

    @Test
    void aFrozenUserCannotLogIn() {
        User erin = registration.register(new Username("erin"), Password.of("password-1"), EnumSet.of(Role.USER));
        users.changeStatus(erin.userId(), UserStatus.FROZEN);
        assertThatThrownBy(() -> login.logIn(new Username("erin"), Password.of("password-1"), HOME))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.USER_FROZEN));
        assertThat(sessions.size()).isZero();
    }

    @Test
    void failuresBeyondTheThrottleAreRefusedBeforeThePasswordIsChecked() {
        registration.register(new Username("frank"), Password.of("password-1"), EnumSet.of(Role.USER));
        for (int i = 0; i < TestAuth.FAILURES_MAX; i++) {
            assertThat(catchBusiness(() -> login.logIn(new Username("frank"), Password.of("guess-guess"), ATTACKER))
                    .code()).isEqualTo(ErrorCode.BAD_CREDENTIALS);
        }
        hashComparisons.set(0);
        BusinessException refused = catchBusiness(() -> login.logIn(new Username("frank"), Password.of("password-1"),
                ATTACKER));
        assertThat(refused.code()).isEqualTo(ErrorCode.TOO_MANY_LOGIN_ATTEMPTS);
        assertThat(hashComparisons).hasValue(0);
        // the facade's Retry-After and RateLimit-Limit: the pair's limit, and the window after which failures go
        assertThat(refused).isInstanceOfSatisfying(RateLimitedException.class, limited -> {
            assertThat(limited.limit()).isEqualTo(TestAuth.FAILURES_MAX);
            assertThat(limited.retryAfterS()).isEqualTo(60);
        });
    }

    @Test
    void othersFailuresNeverLockTheVictimOutAtTheirOwnAddress() {
        registration.register(new Username("grace"), Password.of("password-1"), EnumSet.of(Role.USER));
        for (int i = 0; i < 10 * TestAuth.FAILURES_PER_ORIGIN_MAX; i++) {
            AttemptOrigin anyone = AttemptOrigin.ofAddress("203.0.113." + i);
            catchBusiness(() -> login.logIn(new Username("grace"), Password.of("guess-guess"), anyone));
        }
        assertThat(login.logIn(new Username("grace"), Password.of("password-1"), HOME).userId()).isPositive();
    }

    @Test
    void oneAddressTryingManyUsernamesIsRefusedAfterItsFailuresWhateverTheUsername() {
        registration.register(new Username("heidi"), Password.of("password-1"), EnumSet.of(Role.USER));
        for (int i = 0; i < TestAuth.FAILURES_PER_ORIGIN_MAX; i++) {
            String someone = "user" + i;
            assertThat(catchBusiness(() -> login.logIn(new Username(someone), Password.of("guess-guess"), ATTACKER))
                    .code()).isEqualTo(ErrorCode.BAD_CREDENTIALS);
        }
        assertThat(catchBusiness(() -> login.logIn(new Username("heidi"), Password.of("password-1"), ATTACKER)).code())
                .isEqualTo(ErrorCode.TOO_MANY_LOGIN_ATTEMPTS);
        assertThat(login.logIn(new Username("heidi"), Password.of("password-1"), HOME).userId()).isPositive();
    }

    @Test
    void theRightPasswordForgetsThatAddressesEarlierFailuresForThisUsername() {
        registration.register(new Username("ivan"), Password.of("password-1"), EnumSet.of(Role.USER));
        // two rounds of two typos: more than the pair allows in all, fewer than the address allows
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < TestAuth.FAILURES_MAX - 1; i++) {
                catchBusiness(() -> login.logIn(new Username("ivan"), Password.of("typo-typo"), HOME));
            }
            assertThat(login.logIn(new Username("ivan"), Password.of("password-1"), HOME).userId()).isPositive();
        }
    }

    @Test
    void signingUpHoldsThePasswordToTheRulesAndNamesWhatIsWrong() {
        BusinessException weak = catchBusiness(() -> registration.signUp(new Username("judy"), Password.of("judy-judy-1")));
        assertThat(weak.code()).isEqualTo(ErrorCode.PASSWORD_TOO_WEAK);
        assertThat(weak.getMessage()).contains("username");
        assertThat(users.byUsername(new Username("judy"))).isEmpty();
        assertThat(registration.signUp(new Username("judy"), Password.of("correct-horse")).roles())
                .containsExactly(Role.USER);
    }

    private static BusinessException catchBusiness(Runnable call) {
        try {
            call.run();
        } catch (BusinessException e) {
            return e;
        }
        throw new AssertionError("expected a BusinessException");
    }

    private final class CountingHasher implements PasswordHasher {
        @Override
        public String hash(Password password) {
            return hasher.hash(password);
        }

        @Override
        public boolean matches(Password password, String hash) {
            hashComparisons.incrementAndGet();
            return hasher.matches(password, hash);
        }
    }
}
