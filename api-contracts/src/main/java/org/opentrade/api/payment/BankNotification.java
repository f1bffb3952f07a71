package org.opentrade.api.payment;

import java.io.Serializable;

/**
 * A bank callback passed through untouched by the facade: the X-Bank-Timestamp, X-Bank-Nonce and X-Bank-Signature
 * headers (null when absent) and the exact body. Only payment-provider knows the shared secret.
 */
public record BankNotification(String timestamp, String nonce, String signature, String body)
        implements Serializable {
}
