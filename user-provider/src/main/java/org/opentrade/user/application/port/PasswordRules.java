package org.opentrade.user.application.port;

import java.util.List;

import org.opentrade.user.domain.Password;
import org.opentrade.user.domain.Username;

/** What a new password must satisfy (length, not a common password, not close to the username, not trivial). */
public interface PasswordRules {
    /** The rules the password breaks, in words a user can act on; empty when it is acceptable. */
    List<String> broken(Username username, Password password);
}
