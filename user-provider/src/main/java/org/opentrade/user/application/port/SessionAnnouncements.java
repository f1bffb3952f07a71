package org.opentrade.user.application.port;

/**
 * Tells every facade instance, after a change committed, to look at the user's sessions again (freeze, unfreeze,
 * logout, password change). Best effort: a lost announcement is covered by the facade's bounded cache lifetime.
 */
public interface SessionAnnouncements {
    void sessionsChanged(long userId);
}
