package org.opentrade.api.user;

import java.io.Serializable;

/**
 * @param clientAddress the address the facade saw the login come from (the client's, behind a trusted proxy); login
 *                      attempts are throttled per address and per username at that address. Null from a facade that
 *                      predates it: such attempts share one bucket.
 */
public record LoginCommand(String username, String password, String clientAddress) implements Serializable {
    @Override
    public String toString() {
        return "LoginCommand[username=" + username + ", password=***, clientAddress=" + clientAddress + "]";
    }
}
