package org.opentrade.facade.auth;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.crypto.SecretKey;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Verifies the session tokens user-provider issues (HS256, shared secret), locally. Any defect (bad signature,
 * expired, wrong issuer, no session id, malformed) is the same 401. Whether the token's session is still live is
 * the {@link SessionGuard}'s question.
 */
@Component
public class TokenVerifier {
    static final String ISSUER = "opentrade";
    static final long CLOCK_SKEW_SECONDS = 30;
    static final String SESSION_CLAIM = "sid";

    private final JwtParser parser;

    public TokenVerifier(@Value("${opentrade.auth.jwt-secret}") String secret) {
        SecretKey key = Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
        this.parser = Jwts.parser().verifyWith(key).requireIssuer(ISSUER)
                .clockSkewSeconds(CLOCK_SKEW_SECONDS).build();
    }

    public Caller verify(String token) {
        try {
            Claims claims = parser.parseSignedClaims(token).getPayload();
            String sessionId = claims.get(SESSION_CLAIM, String.class);
            if (sessionId == null || sessionId.isBlank()) {
                throw new IllegalArgumentException("no session id");
            }
            return new Caller(Long.parseLong(claims.getSubject()), claims.get("name", String.class),
                    roles(claims.get("roles", List.class)), sessionId);
        } catch (JwtException | IllegalArgumentException | ClassCastException | NullPointerException e) {
            throw new BusinessException(ErrorCode.UNAUTHENTICATED, "The bearer token is invalid or expired");
        }
    }

    private static Set<Role> roles(List<?> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(name -> roles.add(Role.valueOf(String.valueOf(name))));
        }
        return roles;
    }
}
