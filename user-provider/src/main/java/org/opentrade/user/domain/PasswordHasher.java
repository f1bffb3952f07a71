package org.opentrade.user.domain;

public interface PasswordHasher {
    String hash(Password password);

    boolean matches(Password password, String hash);
}
