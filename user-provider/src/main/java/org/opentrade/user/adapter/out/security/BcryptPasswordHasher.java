package org.opentrade.user.adapter.out.security;

import org.opentrade.user.domain.Password;
import org.opentrade.user.application.port.PasswordHasher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/** BCrypt, cost 10 (about 60-100 ms per hash on one core here): slow for guessing, fast enough for login. */
@Component
class BcryptPasswordHasher implements PasswordHasher {
    static final int COST = 10;

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(COST);

    @Override
    public String hash(Password password) {
        return encoder.encode(password.reveal());
    }

    @Override
    public boolean matches(Password password, String hash) {
        return encoder.matches(password.reveal(), hash);
    }
}
