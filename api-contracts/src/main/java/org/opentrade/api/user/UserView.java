package org.opentrade.api.user;

import java.io.Serializable;
import java.util.Set;

public record UserView(long userId, String username, UserStatus status, Set<Role> roles) implements Serializable {
}
