package org.opentrade.user.application.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.ChangePasswordCommand;
import org.opentrade.api.user.Role;
import org.opentrade.api.user.SessionStatus;
import org.opentrade.api.user.UserStatus;
import org.opentrade.platform.jobs.JobLease;
import org.opentrade.user.adapter.out.security.PassayPasswordRules;
import org.opentrade.user.application.InMemoryFailureCounters;
import org.opentrade.user.application.InMemorySessions;
import org.opentrade.user.application.InMemoryUsers;
import org.opentrade.user.application.PlainHasher;
import org.opentrade.user.application.TestAuth;
import org.opentrade.user.application.port.SessionAnnouncements;
import org.opentrade.user.domain.AttemptOrigin;
import org.opentrade.user.domain.Password;
import org.opentrade.user.domain.Session;
import org.opentrade.user.domain.User;
import org.opentrade.user.domain.Username;

/** Logout, password change and the session standing the facade asks for, over in-memory ports. */
class SessionLifecycleTest {
    final InMemoryUsers users = new InMemoryUsers();
    final InMemorySessions sessions = new InMemorySessions();
    final PlainHasher hasher = new PlainHasher();
    final List<Long> announced = new ArrayList<>();
    final SessionAnnouncements announcements = announced::add;
    final LoginThrottle throttle = new LoginThrottle(new InMemoryFailureCounters(), TestAuth.PROPERTIES);
    final Login login = new Login(users, hasher, TestAuth.TOKENS, throttle, sessions, TestAuth.PROPERTIES);
    final SessionStanding standing = new SessionStanding(sessions, users);
    final Logout logout = new Logout(sessions, announcements);
    final PasswordChange passwordChange = new PasswordChange(users, hasher, throttle, sessions, announcements,
            new PassayPasswordRules());
    final User alice = users.add(User.newUser(new Username("alice"), hasher.hash(Password.of("first-password")),
            EnumSet.of(Role.USER))).orElseThrow();

    @Test
    void aFreshSessionIsActiveAndALogoutEndsItOnceAndAnnouncesIt() {
        String sid = logIn("first-password");
        assertThat(standing.of(sid).status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat(standing.of(sid).userId()).isEqualTo(alice.userId());

        logout.end(sid);
        logout.end(sid);
        logout.end("no-such-session");

        assertThat(standing.of(sid).status()).isEqualTo(SessionStatus.REVOKED);
        assertThat(announced).containsExactly(alice.userId());
    }

    @Test
    void aFrozenUsersLiveSessionsAreRefusedAndComeBackOnUnfreezeButEndedOnesDoNot() {
        String live = logIn("first-password");
        String ended = logIn("first-password");
        logout.end(ended);

        users.changeStatus(alice.userId(), UserStatus.FROZEN);
        assertThat(standing.of(live).status()).isEqualTo(SessionStatus.USER_FROZEN);
        assertThat(standing.of(ended).status()).isEqualTo(SessionStatus.REVOKED);

        users.changeStatus(alice.userId(), UserStatus.ACTIVE);
        assertThat(standing.of(live).status()).isEqualTo(SessionStatus.ACTIVE);
    }

    @Test
    void unknownEmptyOversizedAndExpiredSessionsAreNotActive() {
        Instant past = Instant.parse("2020-01-01T00:00:00Z");
        sessions.add(new Session("old-session", alice.userId(), past, past.plusSeconds(60), null));

        assertThat(standing.of("old-session").status()).isEqualTo(SessionStatus.EXPIRED);
        assertThat(standing.of("never-issued").status()).isEqualTo(SessionStatus.UNKNOWN);
        assertThat(standing.of("").status()).isEqualTo(SessionStatus.UNKNOWN);
        assertThat(standing.of(null).status()).isEqualTo(SessionStatus.UNKNOWN);
        assertThat(standing.of("x".repeat(65)).status()).isEqualTo(SessionStatus.UNKNOWN);
    }

    @Test
    void aPasswordChangeKeepsTheCallingSessionEndsTheOthersAndReplacesThePassword() {
        String phone = logIn("first-password");
        String laptop = logIn("first-password");

        passwordChange.change(new ChangePasswordCommand(alice.userId(), phone, "first-password", "second-password"));

        assertThat(standing.of(phone).status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat(standing.of(laptop).status()).isEqualTo(SessionStatus.REVOKED);
        assertThat(announced).containsExactly(alice.userId());
        assertThat(refusal(() -> logIn("first-password"))).isEqualTo(ErrorCode.BAD_CREDENTIALS);
        assertThat(standing.of(logIn("second-password")).status()).isEqualTo(SessionStatus.ACTIVE);
    }

    @Test
    void aWrongCurrentPasswordOrAnInvalidNewOneChangesNothing() {
        String phone = logIn("first-password");
        String laptop = logIn("first-password");

        assertThat(refusal(() -> passwordChange.change(
                new ChangePasswordCommand(alice.userId(), phone, "not-the-password", "second-password"))))
                .isEqualTo(ErrorCode.WRONG_PASSWORD);
        assertThat(refusal(() -> passwordChange.change(
                new ChangePasswordCommand(alice.userId(), phone, "first-password", "short"))))
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(refusal(() -> passwordChange.change(
                new ChangePasswordCommand(alice.userId(), phone, "first-password", "password123"))))
                .isEqualTo(ErrorCode.PASSWORD_TOO_WEAK);
        assertThat(refusal(() -> passwordChange.change(
                new ChangePasswordCommand(alice.userId(), phone, "first-password", "alice-in-chains"))))
                .isEqualTo(ErrorCode.PASSWORD_TOO_WEAK);

        assertThat(standing.of(laptop).status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat(standing.of(logIn("first-password")).status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat(announced).isEmpty();
    }

    @Test
    void guessingTheCurrentPasswordWithAStolenTokenIsThrottledPerSession() {
        String stolen = logIn("first-password");
        String owners = logIn("first-password");
        for (int i = 0; i < TestAuth.FAILURES_MAX; i++) {
            assertThat(refusal(() -> passwordChange.change(
                    new ChangePasswordCommand(alice.userId(), stolen, "guess-guess", "second-password"))))
                    .isEqualTo(ErrorCode.WRONG_PASSWORD);
        }
        assertThat(refusal(() -> passwordChange.change(
                new ChangePasswordCommand(alice.userId(), stolen, "first-password", "second-password"))))
                .isEqualTo(ErrorCode.TOO_MANY_LOGIN_ATTEMPTS);
        // the owner's own session is another origin
        passwordChange.change(new ChangePasswordCommand(alice.userId(), owners, "first-password", "second-password"));
        assertThat(standing.of(stolen).status()).isEqualTo(SessionStatus.REVOKED);
    }

    @Test
    void expiredSessionsArePurgedInBoundedBatches() {
        Instant past = Instant.parse("2020-01-01T00:00:00Z");
        for (int i = 0; i < ExpiredSessions.BATCH_SIZE_MAX + 5; i++) {
            sessions.add(new Session("old-" + i, alice.userId(), past, past.plusSeconds(60), null));
        }
        String live = logIn("first-password");

        new ExpiredSessions(sessions, 0, 3_600_000).purge(JobLease.unbounded("expired-sessions"));

        assertThat(sessions.size()).isEqualTo(1);
        assertThat(standing.of(live).status()).isEqualTo(SessionStatus.ACTIVE);
    }

    private String logIn(String password) {
        return login.logIn(new Username("alice"), Password.of(password), AttemptOrigin.ofAddress("198.51.100.1")).token();
    }

    private static ErrorCode refusal(Runnable call) {
        try {
            call.run();
        } catch (BusinessException e) {
            return e.code();
        }
        throw new AssertionError("expected a BusinessException");
    }
}
