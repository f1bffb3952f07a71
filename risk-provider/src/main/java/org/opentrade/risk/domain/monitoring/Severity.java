package org.opentrade.risk.domain.monitoring;

/** How much an alert matters; a SEVERE alert freezes the user (the interception is the caller's, not a detector's). */
public enum Severity {
    INFO, WARNING, SEVERE
}
