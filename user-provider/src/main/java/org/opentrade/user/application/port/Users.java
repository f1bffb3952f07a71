package org.opentrade.user.application.port;

import java.util.Optional;

import org.opentrade.api.user.UserStatus;
import org.opentrade.user.domain.User;
import org.opentrade.user.domain.Username;

/** Where users are kept. */
public interface Users {

    /** Stores a new user and returns it with its id; empty when the username is taken. */
    Optional<User> add(User user);

    Optional<User> byId(long userId);

    Optional<User> byUsername(Username username);

    /**
     * Sets the user's status if it is another one: true when it changed, false when the user already had it (or does
     * not exist). Only the caller that changed it gets true, so only that caller records the change.
     */
    boolean changeStatus(long userId, UserStatus status);

    /** Replaces the user's password hash; false when there is no such user. */
    boolean setPasswordHash(long userId, String passwordHash);

    /**
     * Locks the user's row until the surrounding transaction ends, so that one user's concurrent changes to what they
     * own (e.g. creating API keys under a limit) happen one after the other; false when there is no such user.
     */
    boolean lockForUpdate(long userId);
}
