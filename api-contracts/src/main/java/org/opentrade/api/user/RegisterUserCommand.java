package org.opentrade.api.user;

import java.io.Serializable;

/** Username rules are checked at the edge (facade validation) and again by the provider. */
public record RegisterUserCommand(String username, String password) implements Serializable {
    @Override
    public String toString() {
        return "RegisterUserCommand[username=" + username + ", password=***]";
    }
}
