package org.opentrade.user.domain;

/** A username or password that breaks the format rules; reported to the client as VALIDATION_FAILED. */
public class InvalidCredentialFormat extends RuntimeException {
    public InvalidCredentialFormat(String message) {
        super(message);
    }
}
