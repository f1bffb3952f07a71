package org.opentrade.banksandbox.domain;

/** A request the bank refuses to read: malformed or out of bounds. Answered 400 with this code. */
public class InvalidInput extends RuntimeException {

    private final String code;

    public InvalidInput(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
