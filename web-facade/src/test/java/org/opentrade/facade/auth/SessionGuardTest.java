package org.opentrade.facade.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.Role;
import org.opentrade.api.user.SessionStatus;
import org.opentrade.api.user.SessionView;

/** The guard over a lookup played by a map: what it admits, what it caches, what an announcement drops. */
class SessionGuardTest {
    final Map<String, SessionView> userProvider = new HashMap<>();
    final AtomicInteger lookups = new AtomicInteger();
    final AtomicBoolean down = new AtomicBoolean();
    final SessionGuard guard = new SessionGuard(sessionId -> {
        lookups.incrementAndGet();
        if (down.get()) {
            throw new IllegalStateException("user-provider down");
        }
        return userProvider.getOrDefault(sessionId, SessionView.unknown(sessionId));
    }, new SessionCheckProperties(60_000, 600_000, 1_000));

    final Caller alice = new Caller(1042, "alice", Set.of(Role.USER), "s-alice");
    final Caller aliceOtherDevice = new Caller(1042, "alice", Set.of(Role.USER), "s-alice-2");
    final Caller bob = new Caller(1043, "bob", Set.of(Role.USER), "s-bob");

    @Test
    void aLiveSessionIsAdmittedAndAskedForOnceWhileCached() {
        live(alice, bob);

        for (int i = 0; i < 5; i++) {
            guard.admit(alice);
        }

        assertThat(lookups).hasValue(1);
    }

    @Test
    void anAnnouncedFreezeRefusesEverySessionOfThatUserAtOnceAndOnlyThatUser() {
        live(alice, aliceOtherDevice, bob);
        guard.admit(alice);
        guard.admit(aliceOtherDevice);
        guard.admit(bob);

        set(alice, SessionStatus.USER_FROZEN);
        set(aliceOtherDevice, SessionStatus.USER_FROZEN);
        guard.forgetUser(alice.userId());

        assertThat(refusal(alice)).isEqualTo(ErrorCode.USER_FROZEN);
        assertThat(refusal(aliceOtherDevice)).isEqualTo(ErrorCode.USER_FROZEN);
        guard.admit(bob);
        assertThat(lookups).hasValue(5);
    }

    @Test
    void endedUnknownAndForeignSessionsAreUnauthenticated() {
        live(alice);
        userProvider.put("s-ended", new SessionView("s-ended", 1042, SessionStatus.REVOKED));
        userProvider.put("s-old", new SessionView("s-old", 1042, SessionStatus.EXPIRED));

        assertThat(refusal(new Caller(1042, "alice", Set.of(Role.USER), "s-ended"))).isEqualTo(ErrorCode.UNAUTHENTICATED);
        assertThat(refusal(new Caller(1042, "alice", Set.of(Role.USER), "s-old"))).isEqualTo(ErrorCode.UNAUTHENTICATED);
        assertThat(refusal(new Caller(1042, "alice", Set.of(Role.USER), "s-never"))).isEqualTo(ErrorCode.UNAUTHENTICATED);
        // a token naming someone else's session
        assertThat(refusal(new Caller(1043, "bob", Set.of(Role.USER), "s-alice"))).isEqualTo(ErrorCode.UNAUTHENTICATED);
    }

    @Test
    void whileUserProviderIsDownKnownSessionsKeepTheirLastAnswerAndUnknownOnesAre503() {
        live(alice);
        guard.admit(alice);
        down.set(true);

        guard.admit(alice);
        assertThat(refusal(bob)).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);

        down.set(false);
        live(bob);
        guard.admit(bob);
    }

    @Test
    void forgettingEverythingAsksAgainForEverySession() {
        live(alice, bob);
        guard.admit(alice);
        guard.admit(bob);

        guard.forgetAll();
        guard.admit(alice);
        guard.admit(bob);

        assertThat(lookups).hasValue(4);
    }

    @Test
    void impossibleSettingsAreRefused() {
        assertThatThrownBy(() -> new SessionCheckProperties(0, 10, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionCheckProperties(10, 5, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    private void live(Caller... callers) {
        for (Caller c : callers) {
            set(c, SessionStatus.ACTIVE);
        }
    }

    private void set(Caller c, SessionStatus status) {
        userProvider.put(c.sessionId(), new SessionView(c.sessionId(), c.userId(), status));
    }

    private ErrorCode refusal(Caller caller) {
        try {
            guard.admit(caller);
        } catch (BusinessException e) {
            return e.code();
        }
        throw new AssertionError("expected a refusal for " + caller);
    }
}
