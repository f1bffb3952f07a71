package org.opentrade.facade.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.ChangePasswordCommand;
import org.opentrade.api.user.LoginCommand;
import org.opentrade.api.user.RegisterUserCommand;
import org.opentrade.api.user.Role;
import org.opentrade.api.user.SessionToken;
import org.opentrade.api.user.SessionView;
import org.opentrade.api.user.StatusChangeView;
import org.opentrade.api.user.UserService;
import org.opentrade.api.user.UserStatus;
import org.opentrade.api.user.UserStatusChange;
import org.opentrade.api.user.UserView;
import org.opentrade.facade.auth.Caller;
import org.opentrade.facade.error.ApiExceptionHandler;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The operator's user routes: a freeze or unfreeze goes to user-provider with the operator as "admin:<id>" and the
 * reason (the body optional), the user's page lists the recorded changes, and only an ADMIN gets either.
 */
class AdminUserRoutesTest {
    static final long OPERATOR_ID = 1000;
    static final long BOB = 1042;

    final RecordingUsers users = new RecordingUsers();
    final CallerAs caller = new CallerAs();
    final MockMvc mvc;

    AdminUserRoutesTest() {
        AdminController controller = new AdminController();
        ReflectionTestUtils.setField(controller, "users", users);
        mvc = MockMvcBuilders.standaloneSetup(controller)
                .setControllerAdvice(new ApiExceptionHandler())
                .setMessageConverters(new MappingJackson2HttpMessageConverter())
                .setCustomArgumentResolvers(caller).build();
    }

    @Test
    void aFreezeWithAReasonIsSentAsTheOperatorAndAnswersTheUser() throws Exception {
        mvc.perform(post("/api/v1/admin/users/" + BOB + "/freeze").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"card testing\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userId").value(Long.toString(BOB)))
                .andExpect(jsonPath("$.status").value("FROZEN"));

        assertThat(users.changes).containsExactly(
                new UserStatusChange(BOB, UserStatus.FROZEN, "admin:" + OPERATOR_ID, "card testing"));
    }

    @Test
    void withoutABodyOrWithAnEmptyOneTheReasonIsEmpty() throws Exception {
        mvc.perform(post("/api/v1/admin/users/" + BOB + "/freeze")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/admin/users/" + BOB + "/unfreeze").contentType(MediaType.APPLICATION_JSON)
                .content("")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(post("/api/v1/admin/users/" + BOB + "/freeze").contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isOk());

        assertThat(users.changes).extracting(UserStatusChange::reason).containsExactly("", "", "");
    }

    @Test
    void theUsersPageListsItsChangesNewestFirstWithIsoTimes() throws Exception {
        users.history.add(new StatusChangeView(BOB, UserStatus.ACTIVE, "admin:1000", "cleared", 1_765_000_000_123L));
        users.history.add(new StatusChangeView(BOB, UserStatus.FROZEN, "risk:alert-7", "", 1_764_000_000_000L));

        mvc.perform(get("/api/v1/admin/users/" + BOB).param("limit", "20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userId").value(Long.toString(BOB)))
                .andExpect(jsonPath("$.username").value("bob"))
                .andExpect(jsonPath("$.roles[0]").value("USER"))
                .andExpect(jsonPath("$.statusChanges[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$.statusChanges[0].actor").value("admin:1000"))
                .andExpect(jsonPath("$.statusChanges[0].reason").value("cleared"))
                .andExpect(jsonPath("$.statusChanges[0].changedAt").value("2025-12-06T05:46:40.123Z"))
                .andExpect(jsonPath("$.statusChanges[1].actor").value("risk:alert-7"));
        assertThat(users.limitsAsked).containsExactly(20);
    }

    @Test
    void onlyAnAdminMayFreezeUnfreezeOrLook() throws Exception {
        caller.roles = Set.of(Role.USER);

        mvc.perform(post("/api/v1/admin/users/" + BOB + "/freeze"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(post("/api/v1/admin/users/" + BOB + "/unfreeze")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/users/" + BOB)).andExpect(status().isForbidden());
        assertThat(users.changes).isEmpty();
        assertThat(users.limitsAsked).isEmpty();
    }

    @Test
    void badInputIsA400WithACode() throws Exception {
        mvc.perform(get("/api/v1/admin/users/" + BOB).param("limit", "0"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        mvc.perform(get("/api/v1/admin/users/" + BOB).param("limit", "201"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        mvc.perform(get("/api/v1/admin/users/not-a-number"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        mvc.perform(post("/api/v1/admin/users/" + BOB + "/freeze").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"" + "x".repeat(513) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        mvc.perform(post("/api/v1/admin/users/" + BOB + "/freeze").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        mvc.perform(get("/api/v1/admin/users/404404"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("USER_NOT_FOUND"));
        assertThat(users.changes).isEmpty();
    }

    /** Stands in for the token check (CallerArgumentResolver, tested on its own): the operator, or whoever is set. */
    static final class CallerAs implements HandlerMethodArgumentResolver {
        Set<Role> roles = Set.of(Role.ADMIN, Role.USER);

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Caller.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                      WebDataBinderFactory binders) {
            return new Caller(OPERATOR_ID, "operator", roles, "session-1");
        }
    }

    /** user-provider as far as these routes use it: bob exists, changes are recorded, the history is given. */
    static final class RecordingUsers implements UserService {
        final List<UserStatusChange> changes = new ArrayList<>();
        final List<StatusChangeView> history = new ArrayList<>();
        final List<Integer> limitsAsked = new ArrayList<>();
        UserStatus bobStatus = UserStatus.ACTIVE;

        @Override
        public UserView getUser(long userId) {
            if (userId != BOB) {
                throw new BusinessException(ErrorCode.USER_NOT_FOUND);
            }
            return new UserView(BOB, "bob", bobStatus, Set.of(Role.USER));
        }

        @Override
        public UserView changeStatus(UserStatusChange change) {
            changes.add(change);
            bobStatus = change.status();
            return getUser(change.userId());
        }

        @Override
        public List<StatusChangeView> statusChanges(long userId, int limit) {
            limitsAsked.add(limit);
            return history;
        }

        @Override
        public UserView setStatus(long userId, UserStatus status) {
            throw new AssertionError("operators' changes carry who and why: changeStatus");
        }

        @Override
        public UserView register(RegisterUserCommand command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SessionToken login(LoginCommand command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public UserView getUserByName(String username) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SessionView session(String sessionId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void logOut(String sessionId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void changePassword(ChangePasswordCommand command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.opentrade.api.user.apikey.ApiKeyCreated createApiKey(
                org.opentrade.api.user.apikey.CreateApiKeyCommand command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<org.opentrade.api.user.apikey.ApiKeyView> apiKeys(long userId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.opentrade.api.user.apikey.ApiKeyView revokeApiKey(long userId, String keyId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.opentrade.api.user.apikey.ApiKeyStanding apiKeyStanding(String keyId) {
            throw new UnsupportedOperationException();
        }
    }
}
