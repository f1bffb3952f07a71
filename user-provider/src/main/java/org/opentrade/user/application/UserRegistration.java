package org.opentrade.user.application;

import java.util.Set;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.Role;
import org.opentrade.user.domain.Password;
import org.opentrade.user.application.port.PasswordHasher;
import org.opentrade.user.domain.User;
import org.opentrade.user.domain.Username;
import org.opentrade.user.application.port.FundAccounts;
import org.opentrade.user.application.port.PasswordRules;
import org.opentrade.user.application.port.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Registers users: the unique username is enforced by the database, then the user's zero accounts are opened. A
 * client signing up is held to the password rules; the configured operator account is not (its password comes from
 * the environment, and SecretGuard refuses the published one outside the local profile).
 */
@Service
public class UserRegistration {
    private static final Logger log = LoggerFactory.getLogger(UserRegistration.class);

    private final Users users;
    private final PasswordHasher hasher;
    private final FundAccounts fundAccounts;
    private final PasswordRules rules;

    public UserRegistration(Users users, PasswordHasher hasher, FundAccounts fundAccounts, PasswordRules rules) {
        this.users = users;
        this.hasher = hasher;
        this.fundAccounts = fundAccounts;
        this.rules = rules;
    }

    /** A trading client registers: role USER, and a password that satisfies the rules (else PASSWORD_TOO_WEAK). */
    public User signUp(Username username, Password password) {
        NewPasswords.requireAcceptable(rules, username, password);
        return register(username, password, Set.of(Role.USER));
    }

    public User register(Username username, Password password, Set<Role> roles) {
        User user = users.add(User.newUser(username, hasher.hash(password), roles))
                .orElseThrow(() -> new BusinessException(ErrorCode.USERNAME_TAKEN));
        openAccounts(user);
        return user;
    }

    /**
     * Best effort: the ledger also opens an account on its first posting, so a user whose accounts could not be
     * opened now (fund-provider down) is still complete; they show as zero balances until then.
     */
    private void openAccounts(User user) {
        try {
            fundAccounts.openAccounts(user.userId());
        } catch (RuntimeException e) {
            log.warn("accounts of user {} not opened now ({}); the ledger opens them on first use",
                    user.userId(), e.toString());
        }
    }
}
