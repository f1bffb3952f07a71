package org.opentrade.user.application.port;

import java.util.List;

import org.opentrade.user.domain.StatusChange;

/** The record of users' status changes; append-only. */
public interface StatusChanges {

    /** Records one change; call it in the transaction that changed the status. */
    void add(StatusChange change);

    /** The user's changes, newest first, at most {@code limit}. */
    List<StatusChange> ofUser(long userId, int limit);
}
