package org.opentrade.user.application.port;

import org.opentrade.user.domain.Password;

public interface PasswordHasher {
    String hash(Password password);

    boolean matches(Password password, String hash);
}
