package org.opentrade.user.domain;

import java.util.Optional;

/** Where users are kept. */
public interface Users {

    /** Stores a new user and returns it with its id; empty when the username is taken. */
    Optional<User> add(User user);

    Optional<User> byId(long userId);

    Optional<User> byUsername(Username username);

    /** Sets the user's status; empty when there is no such user. */
    Optional<User> setStatus(long userId, org.opentrade.api.user.UserStatus status);
}
