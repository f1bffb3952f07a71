package org.opentrade.api.user;

import java.util.List;

import org.opentrade.api.BusinessException;
import org.opentrade.api.user.apikey.ApiKeyCreated;
import org.opentrade.api.user.apikey.ApiKeyStanding;
import org.opentrade.api.user.apikey.ApiKeyView;
import org.opentrade.api.user.apikey.CreateApiKeyCommand;

/**
 * Users, credentials and sessions. Failures are {@link org.opentrade.api.BusinessException}s with codes such as
 * USERNAME_TAKEN, BAD_CREDENTIALS, USER_NOT_FOUND.
 */
public interface UserService {

    /** Creates a user with role USER. Idempotent only in the sense that a taken username fails with USERNAME_TAKEN. */
    UserView register(RegisterUserCommand command) throws BusinessException;

    /** Checks the password and issues a signed session token. */
    SessionToken login(LoginCommand command) throws BusinessException;

    UserView getUser(long userId) throws BusinessException;

    /** Looks a user up by name; USER_NOT_FOUND when there is none. */
    UserView getUserByName(String username) throws BusinessException;

    /**
     * Freezes or unfreezes a user (operators, risk interception). A frozen user cannot log in, and every request with
     * one of their live tokens is refused (USER_FROZEN) within a second; fund-provider refuses any debit of their
     * available balances (holds, withdrawals, transfers out) as the last line. Idempotent: setting the current
     * status again changes nothing.
     */
    UserView setStatus(long userId, UserStatus status) throws BusinessException;

    /**
     * {@link #setStatus} with who and why: the change is recorded (actor, reason, time) when the status changed, and
     * listed by {@link #statusChanges}. Setting the current status again records nothing.
     */
    UserView changeStatus(UserStatusChange change) throws BusinessException;

    /** The user's recorded freezes and unfreezes, newest first, at most {@code limit} (1-200). */
    List<StatusChangeView> statusChanges(long userId, int limit) throws BusinessException;

    /**
     * Whether a session may still be used: ACTIVE, REVOKED, EXPIRED, USER_FROZEN or UNKNOWN. The facade asks this for
     * each session it sees (and caches the answer briefly, dropping it on a {@link SessionEvents} message).
     */
    SessionView session(String sessionId) throws BusinessException;

    /** Ends one session (logout). Idempotent: ending an ended or unknown session changes nothing. */
    void logOut(String sessionId) throws BusinessException;

    /**
     * Checks the current password, stores the new one and ends every other session of the user; the calling
     * session stays. BAD_CREDENTIALS when the current password is wrong, VALIDATION_FAILED when the new one breaks
     * the password rules.
     */
    void changePassword(ChangePasswordCommand command) throws BusinessException;

    /**
     * Creates an API key of an active user: its secret is in this answer and nowhere else, ever (user-provider keeps
     * it sealed). VALIDATION_FAILED for a bad label, no scope or a bad allowlist entry; TOO_MANY_API_KEYS past the
     * live keys a user may hold; USER_FROZEN for a frozen user.
     */
    ApiKeyCreated createApiKey(CreateApiKeyCommand command) throws BusinessException;

    /** The user's keys, live and revoked, newest first, without secrets (at most 100). */
    List<ApiKeyView> apiKeys(long userId) throws BusinessException;

    /**
     * Revokes one of the user's keys: requests signed with it are refused from then on (on every facade within a
     * second, by the same announcement as a freeze). Idempotent: a revoked key answers as it is. API_KEY_NOT_FOUND for
     * an unknown key or another user's.
     */
    ApiKeyView revokeApiKey(long userId, String keyId) throws BusinessException;

    /**
     * What the facade needs to verify a signed request: the key's secret, scopes, allowlist and standing (ACTIVE,
     * REVOKED, USER_FROZEN or UNKNOWN). Only the facade calls it.
     */
    ApiKeyStanding apiKeyStanding(String keyId) throws BusinessException;
}
