package org.opentrade.user.application;

import java.util.List;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.user.application.port.PasswordRules;
import org.opentrade.user.domain.Password;
import org.opentrade.user.domain.Username;

/** The one place a new password (sign-up or change) is held to the rules; the answer lists every rule it breaks. */
public final class NewPasswords {
    private NewPasswords() {
    }

    public static void requireAcceptable(PasswordRules rules, Username username, Password password) {
        List<String> broken = rules.broken(username, password);
        if (!broken.isEmpty()) {
            throw new BusinessException(ErrorCode.PASSWORD_TOO_WEAK, String.join(" ", broken));
        }
    }
}
