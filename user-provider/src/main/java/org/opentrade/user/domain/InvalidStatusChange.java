package org.opentrade.user.domain;

/** A status change without a status, or with an actor or reason out of bounds; reported as VALIDATION_FAILED. */
public class InvalidStatusChange extends RuntimeException {
    public InvalidStatusChange(String message) {
        super(message);
    }
}
