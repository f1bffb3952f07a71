package org.opentrade.facade.auth;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.crypto.SecretKey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Verifies the session tokens user-provider issues (HS256, shared secret), locally. Any defect (bad signature,
 * expired, wrong issuer, no session id, malformed) is the same 401. Whether the token's session is still live is
 * the {@link SessionGuard}'s question.
 *
 * <p>A token that verified is remembered (by its exact text, up to {@link #REMEMBERED_MAX} tokens for
 * {@link #REMEMBERED_FOR}), so a client's next requests with it, and the second look of one request (the per-caller
 * limits read the caller before the handler does), cost a map lookup instead of parsing JSON and an HMAC: the
 * signature of a given text never changes, and its expiry is still checked on every use. Only verified tokens are
 * remembered, so invalid ones cannot fill the memory.
 */
@Component
public class TokenVerifier {
    static final String ISSUER = "opentrade";
    static final long CLOCK_SKEW_SECONDS = 30;
    static final String SESSION_CLAIM = "sid";
    static final int REMEMBERED_MAX = 100_000;
    static final Duration REMEMBERED_FOR = Duration.ofMinutes(10);

    private final JwtParser parser;
    private final Clock clock;
    private final Cache<String, Verified> remembered = Caffeine.newBuilder().maximumSize(REMEMBERED_MAX)
            .expireAfterWrite(REMEMBERED_FOR).build();

    /** A verified token's caller and the last instant it may be used (its expiry plus the allowed skew). */
    private record Verified(Caller caller, long usableUntilEpochMs) {
    }

    @Autowired
    public TokenVerifier(@Value("${opentrade.auth.jwt-secret}") String secret) {
        this(secret, Clock.systemUTC());
    }

    TokenVerifier(String secret, Clock clock) {
        SecretKey key = Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
        this.clock = clock;
        this.parser = Jwts.parser().verifyWith(key).requireIssuer(ISSUER).clock(() -> Date.from(clock.instant()))
                .clockSkewSeconds(CLOCK_SKEW_SECONDS).build();
    }

    public Caller verify(String token) {
        Verified known = remembered.getIfPresent(token);
        if (known != null && clock.millis() <= known.usableUntilEpochMs()) {
            return known.caller();
        }
        Verified verified = parse(token);
        remembered.put(token, verified);
        return verified.caller();
    }

    private Verified parse(String token) {
        try {
            Claims claims = parser.parseSignedClaims(token).getPayload();
            String sessionId = claims.get(SESSION_CLAIM, String.class);
            if (sessionId == null || sessionId.isBlank()) {
                throw new IllegalArgumentException("no session id");
            }
            Date expiry = claims.getExpiration();
            if (expiry == null) {
                throw new IllegalArgumentException("no expiry");
            }
            Caller caller = new Caller(Long.parseLong(claims.getSubject()), claims.get("name", String.class),
                    roles(claims.get("roles", List.class)), sessionId);
            return new Verified(caller, expiry.getTime() + CLOCK_SKEW_SECONDS * 1000);
        } catch (JwtException | IllegalArgumentException | ClassCastException | NullPointerException e) {
            throw new BusinessException(ErrorCode.UNAUTHENTICATED, "The bearer token is invalid or expired");
        }
    }

    private static Set<Role> roles(List<?> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(name -> roles.add(Role.valueOf(String.valueOf(name))));
        }
        return Collections.unmodifiableSet(roles);
    }
}
