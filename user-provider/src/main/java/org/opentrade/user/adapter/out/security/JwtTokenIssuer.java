package org.opentrade.user.adapter.out.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.stream.Collectors;

import javax.crypto.SecretKey;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.opentrade.api.user.Role;
import org.opentrade.api.user.SessionToken;
import org.opentrade.user.application.AuthProperties;
import org.opentrade.user.application.port.TokenIssuer;
import org.opentrade.user.domain.Session;
import org.opentrade.user.domain.User;
import org.springframework.stereotype.Component;

/**
 * HS256 JWTs: subject = user id, claims {@code name}, {@code roles} and {@code sid} (the session). The facade
 * verifies the signature with the same secret and asks, at most every few seconds per session, whether the session
 * is still live.
 */
@Component
class JwtTokenIssuer implements TokenIssuer {
    static final String ISSUER = "opentrade";
    static final String SESSION_CLAIM = "sid";

    private final SecretKey key;

    JwtTokenIssuer(AuthProperties auth) {
        this.key = Keys.hmacShaKeyFor(auth.jwtSecret().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public SessionToken issue(User user, Session session, Instant issuedAt) {
        String token = Jwts.builder()
                .issuer(ISSUER)
                .subject(Long.toString(user.userId()))
                .claim("name", user.username().value())
                .claim("roles", user.roles().stream().map(Role::name).sorted().collect(Collectors.toList()))
                .claim(SESSION_CLAIM, session.sessionId())
                .issuedAt(Date.from(issuedAt))
                .expiration(Date.from(session.expiresAt()))
                .signWith(key, Jwts.SIG.HS256)
                .compact();
        return new SessionToken(token, session.expiresAt().toEpochMilli(), user.userId());
    }
}
