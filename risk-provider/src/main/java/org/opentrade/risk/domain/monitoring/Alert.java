package org.opentrade.risk.domain.monitoring;

import java.util.Objects;

/**
 * What a detector saw, before it is stored: which {@code rule}, about which user, how severe, the figures that made it
 * fire ({@code evidence}), and the event that tipped it over.
 */
public record Alert(String rule, long userId, Severity severity, String evidence, String eventId, long timeMs) {
    /** The stored alert's column and the operator's screen both have room for this much. */
    public static final int EVIDENCE_LENGTH_MAX = 500;

    public Alert {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(eventId, "eventId");
        // the text quotes symbols and assets from events, which this class does not bound; an alert must not be
        // lost for the length of its text, so it is cut rather than refused
        evidence = evidence.length() <= EVIDENCE_LENGTH_MAX ? evidence
                : evidence.substring(0, EVIDENCE_LENGTH_MAX - 3) + "...";
    }
}
