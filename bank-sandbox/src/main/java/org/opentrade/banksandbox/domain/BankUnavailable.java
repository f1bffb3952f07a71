package org.opentrade.banksandbox.domain;

/** The bank does not take requests right now (a configured outage, or too much callback work pending). */
public class BankUnavailable extends RuntimeException {

    private final String code;

    public BankUnavailable(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
