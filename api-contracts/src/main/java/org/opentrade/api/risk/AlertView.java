package org.opentrade.api.risk;

import java.io.Serializable;

/**
 * A post-trade alert: which detector ({@code rule}) saw what ({@code evidence}) of which user, how severe
 * (INFO, WARNING, SEVERE: a SEVERE alert freezes the user), and whether an operator acknowledged it.
 */
public record AlertView(long alertId, long userId, String rule, String severity, String evidence, String eventId,
                        long createdAtEpochMs, String acknowledgedBy, long acknowledgedAtEpochMs)
        implements Serializable {
}
