package org.opentrade.user.domain;

import java.time.Instant;
import java.util.Objects;

import org.opentrade.api.user.StatusChangeView;
import org.opentrade.api.user.UserStatus;

/**
 * One change of a user's status as recorded: who ({@code actor}: "admin:1001", "risk:alert-17", "system"), why
 * ({@code reason}, empty when none was given) and when. Bounded like its columns (lengths in characters, as MariaDB
 * counts them), so a bad request fails here, before the ledger is touched, not at the insert after it.
 */
public record StatusChange(long userId, UserStatus status, String actor, String reason, Instant changedAt) {
    public static final int ACTOR_LENGTH_MAX = 64;
    public static final int REASON_LENGTH_MAX = 256;

    public StatusChange {
        if (status == null) {
            throw new InvalidStatusChange("status is required");
        }
        if (actor == null || actor.isBlank() || characters(actor) > ACTOR_LENGTH_MAX) {
            throw new InvalidStatusChange("actor must be 1-" + ACTOR_LENGTH_MAX + " characters");
        }
        reason = reason == null ? "" : reason;
        if (characters(reason) > REASON_LENGTH_MAX) {
            throw new InvalidStatusChange("reason must be at most " + REASON_LENGTH_MAX + " characters");
        }
        Objects.requireNonNull(changedAt, "changedAt");
    }

    /** The same change, stamped with the moment it is recorded. */
    public StatusChange at(Instant recordedAt) {
        return new StatusChange(userId, status, actor, reason, recordedAt);
    }

    public StatusChangeView view() {
        return new StatusChangeView(userId, status, actor, reason, changedAt.toEpochMilli());
    }

    private static int characters(String text) {
        return text.codePointCount(0, text.length());
    }
}
