package org.opentrade.user.domain;

import java.util.Set;

import org.opentrade.api.user.Role;
import org.opentrade.api.user.UserStatus;
import org.opentrade.api.user.UserView;

/** A registered user. {@code userId} is 0 until the user is stored. */
public record User(long userId, Username username, String passwordHash, UserStatus status, Set<Role> roles) {

    public User {
        roles = Set.copyOf(roles);
    }

    public static User newUser(Username username, String passwordHash, Set<Role> roles) {
        return new User(0, username, passwordHash, UserStatus.ACTIVE, roles);
    }

    public boolean isActive() {
        return status == UserStatus.ACTIVE;
    }

    public UserView view() {
        return new UserView(userId, username.value(), status, roles);
    }
}
