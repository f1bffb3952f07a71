package org.opentrade.user.application.port;

/**
 * Seals API key secrets for storage and opens them for the facade, which needs the secret itself to check an
 * HMAC. Bound to the key id: a sealed secret opens only for the key it was sealed for.
 */
public interface SecretSealing {

    String seal(String keyId, String secret);

    /** The secret; a BusinessException SERVICE_UNAVAILABLE when it cannot be opened (another master key). */
    String open(String keyId, String sealed);
}
