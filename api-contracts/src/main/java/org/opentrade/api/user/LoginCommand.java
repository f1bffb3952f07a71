package org.opentrade.api.user;

import java.io.Serializable;

public record LoginCommand(String username, String password) implements Serializable {
    @Override
    public String toString() {
        return "LoginCommand[username=" + username + ", password=***]";
    }
}
