package org.opentrade.facade.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.Role;
import org.opentrade.platform.testing.MovableClock;

class TokenVerifierTest {
    static final String SECRET = "a-test-secret-of-at-least-32-bytes!!";
    final TokenVerifier verifier = new TokenVerifier(SECRET);

    static String token(String secret, String issuer, Instant expiresAt, List<String> roles) {
        return token(secret, issuer, expiresAt, roles, "session-1");
    }

    static String token(String secret, String issuer, Instant expiresAt, List<String> roles, String sessionId) {
        return Jwts.builder().issuer(issuer).subject("1042").claim("name", "alice").claim("roles", roles)
                .claim("sid", sessionId)
                .issuedAt(Date.from(Instant.now())).expiration(Date.from(expiresAt))
                .signWith(Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8)), Jwts.SIG.HS256).compact();
    }

    @Test
    void aTokenSignedWithTheSharedSecretNamesItsCaller() {
        Caller caller = verifier.verify(token(SECRET, "opentrade", Instant.now().plusSeconds(60), List.of("USER", "ADMIN")));
        assertThat(caller.userId()).isEqualTo(1042);
        assertThat(caller.username()).isEqualTo("alice");
        assertThat(caller.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        assertThat(caller.sessionId()).isEqualTo("session-1");
    }

    @Test
    void forgedExpiredForeignOrGarbageTokensAreAllUnauthenticated() {
        String otherSecret = "another-secret-of-at-least-32-bytes!";
        for (String bad : List.of(
                token(otherSecret, "opentrade", Instant.now().plusSeconds(60), List.of("USER")),
                token(SECRET, "opentrade", Instant.now().minusSeconds(120), List.of("USER")),
                token(SECRET, "someone-else", Instant.now().plusSeconds(60), List.of("USER")),
                token(SECRET, "opentrade", Instant.now().plusSeconds(60), List.of("SUPERUSER")),
                token(SECRET, "opentrade", Instant.now().plusSeconds(60), List.of("USER"), null),
                token(SECRET, "opentrade", Instant.now().plusSeconds(60), List.of("USER"), " "),
                "not-a-jwt", "")) {
            assertThatThrownBy(() -> verifier.verify(bad)).as(bad)
                    .isInstanceOfSatisfying(BusinessException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
        }
    }

    @Test
    void aRememberedTokenIsAnsweredAgainUntilItExpiresAndNotAfter() {
        MovableClock clock = new MovableClock(Instant.now());
        TokenVerifier remembering = new TokenVerifier(SECRET, clock);
        String token = token(SECRET, "opentrade", clock.instant().plusSeconds(60), List.of("USER"));
        Caller first = remembering.verify(token);
        assertThat(remembering.verify(token)).as("the second look is the remembered caller").isSameAs(first);
        assertThatThrownBy(() -> first.roles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);

        clock.advance(Duration.ofSeconds(60 + TokenVerifier.CLOCK_SKEW_SECONDS - 1));
        assertThat(remembering.verify(token).userId()).as("within the skew").isEqualTo(1042);
        clock.advance(Duration.ofSeconds(2));
        assertThatThrownBy(() -> remembering.verify(token)).as("expired, though remembered")
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        String noExpiry = Jwts.builder().issuer("opentrade").subject("1042").claim("roles", List.of("USER"))
                .claim("sid", "session-1")
                .signWith(Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8)), Jwts.SIG.HS256).compact();
        assertThatThrownBy(() -> verifier.verify(noExpiry)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
    }

    @Test
    void onlyARoleTheCallerHasPasses() {
        Caller user = new Caller(1, "u", java.util.Set.of(Role.USER), "s-1");
        assertThatThrownBy(() -> user.requireRole(Role.ADMIN))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
    }
}
