package org.opentrade.api.user;

/**
 * Users, credentials and sessions. Failures are {@link org.opentrade.api.BusinessException}s with codes such as
 * USERNAME_TAKEN, BAD_CREDENTIALS, USER_NOT_FOUND.
 */
public interface UserService {

    /** Creates a user with role USER. Idempotent only in the sense that a taken username fails with USERNAME_TAKEN. */
    UserView register(RegisterUserCommand command);

    /** Checks the password and issues a signed session token. */
    SessionToken login(LoginCommand command);

    UserView getUser(long userId);

    /** Looks a user up by name; USER_NOT_FOUND when there is none. */
    UserView getUserByName(String username);

    /**
     * Freezes or unfreezes a user (operators, risk interception). A frozen user cannot log in, send or receive
     * transfers. Idempotent: setting the current status again changes nothing.
     */
    UserView setStatus(long userId, UserStatus status);
}
