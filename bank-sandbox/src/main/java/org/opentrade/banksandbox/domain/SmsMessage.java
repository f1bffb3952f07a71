package org.opentrade.banksandbox.domain;

import java.time.Instant;

/** A text message the gateway accepted. */
public record SmsMessage(String messageId, String to, String text, Instant receivedAt) {

    private static final int TO_LENGTH_MAX = 64;
    private static final int TEXT_LENGTH_MAX = 1_600;

    public SmsMessage {
        if (to == null || to.isBlank() || to.length() > TO_LENGTH_MAX) {
            throw new InvalidInput("INVALID_RECIPIENT", "to must be non-blank, at most " + TO_LENGTH_MAX + " characters");
        }
        if (text == null || text.isBlank() || text.length() > TEXT_LENGTH_MAX) {
            throw new InvalidInput("INVALID_TEXT", "text must be non-blank, at most " + TEXT_LENGTH_MAX + " characters");
        }
    }
}
