package org.opentrade.api.user;

import java.io.Serializable;

/** One recorded freeze or unfreeze of a user, as it happened. */
public record StatusChangeView(long userId, UserStatus status, String actor, String reason, long changedAtEpochMs)
        implements Serializable {
}
