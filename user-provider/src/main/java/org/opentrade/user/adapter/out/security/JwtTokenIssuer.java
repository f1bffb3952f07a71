package org.opentrade.user.adapter.out.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.stream.Collectors;

import javax.crypto.SecretKey;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.opentrade.api.user.Role;
import org.opentrade.api.user.SessionToken;
import org.opentrade.user.application.AuthProperties;
import org.opentrade.user.domain.TokenIssuer;
import org.opentrade.user.domain.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * HS256 JWTs: subject = user id, claims {@code name} and {@code roles}. The facade verifies them with the same
 * secret, so a request needs no call here to authenticate.
 */
@Component
class JwtTokenIssuer implements TokenIssuer {
    static final String ISSUER = "opentrade";

    private final SecretKey key;
    private final AuthProperties auth;
    private final Clock clock;

    @Autowired
    JwtTokenIssuer(AuthProperties auth) {
        this(auth, Clock.systemUTC());
    }

    JwtTokenIssuer(AuthProperties auth, Clock clock) {
        this.key = Keys.hmacShaKeyFor(auth.jwtSecret().getBytes(StandardCharsets.UTF_8));
        this.auth = auth;
        this.clock = clock;
    }

    @Override
    public SessionToken issue(User user) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(auth.tokenTtl());
        String token = Jwts.builder()
                .issuer(ISSUER)
                .subject(Long.toString(user.userId()))
                .claim("name", user.username().value())
                .claim("roles", user.roles().stream().map(Role::name).sorted().collect(Collectors.toList()))
                .issuedAt(Date.from(now))
                .expiration(Date.from(expiresAt))
                .signWith(key, Jwts.SIG.HS256)
                .compact();
        return new SessionToken(token, expiresAt.toEpochMilli(), user.userId());
    }
}
