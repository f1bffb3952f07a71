package org.opentrade.user.domain.apikey;

/** A key request with a bad label, no scope or a bad allowlist entry; reported to the client as VALIDATION_FAILED. */
public class InvalidApiKeyRequest extends RuntimeException {
    public InvalidApiKeyRequest(String message) {
        super(message);
    }
}
