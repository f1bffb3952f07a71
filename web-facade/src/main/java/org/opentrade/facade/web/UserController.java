package org.opentrade.facade.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.apache.dubbo.config.annotation.DubboReference;
import org.opentrade.api.user.ChangePasswordCommand;
import org.opentrade.api.user.LoginCommand;
import org.opentrade.api.user.RegisterUserCommand;
import org.opentrade.api.user.SessionToken;
import org.opentrade.api.user.UserService;
import org.opentrade.api.user.UserView;
import org.opentrade.facade.auth.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Users and sessions")
class UserController {

    record RegisterRequest(
            @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{2,31}",
                    message = "3-32 letters, digits, '.', '_' or '-', starting with a letter or digit") String username,
            @NotNull @Size(min = 8, max = 72) String password) {
    }

    record LoginRequest(@NotNull @Size(max = 64) String username, @NotNull @Size(max = 128) String password) {
    }

    record PasswordChangeRequest(@NotNull @Size(max = 128) String currentPassword,
                                 @NotNull @Size(min = 8, max = 72) String newPassword) {
    }

    record UserResponse(String userId, String username, String status, List<String> roles) {
        static UserResponse of(UserView user) {
            return new UserResponse(Long.toString(user.userId()), user.username(), user.status().name(),
                    user.roles().stream().map(Enum::name).sorted().toList());
        }
    }

    record RegisteredResponse(String userId, String username) {
    }

    record SessionResponse(String token, String expiresAt) {
        static SessionResponse of(SessionToken token) {
            return new SessionResponse(token.token(),
                    java.time.Instant.ofEpochMilli(token.expiresAtEpochMs()).toString());
        }
    }

    @DubboReference(check = false)
    private UserService users;

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a user (409 USERNAME_TAKEN, 400 PASSWORD_TOO_WEAK: too short, too common, too "
            + "simple or containing the username)")
    RegisteredResponse register(@Valid @RequestBody RegisterRequest request) {
        UserView user = users.register(new RegisterUserCommand(request.username(), request.password()));
        return new RegisteredResponse(Long.toString(user.userId()), user.username());
    }

    /**
     * The client's address is the TCP peer's, or the one a trusted proxy put in X-Forwarded-For (Tomcat's RemoteIpValve,
     * server.forward-headers-strategy); user-provider throttles failures per address and per username at an address.
     */
    @PostMapping("/sessions")
    @Operation(summary = "Log in: a bearer token (401 BAD_CREDENTIALS, 429 TOO_MANY_LOGIN_ATTEMPTS)")
    SessionResponse logIn(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return SessionResponse.of(users.login(new LoginCommand(request.username(), request.password(),
                http.getRemoteAddr())));
    }

    @DeleteMapping("/sessions/current")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Log out: the caller's token is refused from now on (other sessions stay)",
            security = @SecurityRequirement(name = "bearer"))
    void logOut(Caller caller) {
        users.logOut(caller.sessionId());
    }

    @PostMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change the password: this session stays, every other session of the user ends "
            + "(403 WRONG_PASSWORD, 400 VALIDATION_FAILED or PASSWORD_TOO_WEAK)", security = @SecurityRequirement(name = "bearer"))
    void changePassword(Caller caller, @Valid @RequestBody PasswordChangeRequest request) {
        users.changePassword(new ChangePasswordCommand(caller.userId(), caller.sessionId(), request.currentPassword(),
                request.newPassword()));
    }

    @GetMapping("/me")
    @Operation(summary = "The caller", security = @SecurityRequirement(name = "bearer"))
    UserResponse me(Caller caller) {
        return UserResponse.of(users.getUser(caller.userId()));
    }
}
