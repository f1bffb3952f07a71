package org.opentrade.user.application;

import org.opentrade.user.application.port.PasswordHasher;
import org.opentrade.user.domain.Password;

/** A reversible stand-in for BCrypt in use-case tests (the real hasher has its own test). */
public final class PlainHasher implements PasswordHasher {
    @Override
    public String hash(Password password) {
        return "h:" + password.reveal();
    }

    @Override
    public boolean matches(Password password, String hash) {
        return hash.equals("h:" + password.reveal());
    }
}
