package org.opentrade.facade.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opentrade.api.user.Role;
import org.opentrade.api.user.UserService;
import org.opentrade.api.user.apikey.ApiKeyCreated;
import org.opentrade.api.user.apikey.ApiKeyScope;
import org.opentrade.api.user.apikey.ApiKeyView;
import org.opentrade.api.user.apikey.CreateApiKeyCommand;
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
 * The key routes: scopes travel as read/trade/withdraw, the secret is in the creation's answer only, times are ISO,
 * and a caller by API key is refused even if it got this far.
 */
class ApiKeyRoutesTest {
    static final String KEY_ID = "AbCdEfGhIjKlMnOpQrStUv01";
    static final ApiKeyView KEY = new ApiKeyView(KEY_ID, 1042, "grid bot",
            EnumSet.of(ApiKeyScope.TRADE, ApiKeyScope.READ), List.of("198.51.100.0/24"), 1_765_000_000_123L, 0);

    final List<CreateApiKeyCommand> created = new ArrayList<>();
    final UserService users = (UserService) Proxy.newProxyInstance(UserService.class.getClassLoader(),
            new Class<?>[] {UserService.class}, (proxy, method, args) -> switch (method.getName()) {
                case "createApiKey" -> {
                    created.add((CreateApiKeyCommand) args[0]);
                    yield new ApiKeyCreated(KEY, "the-secret");
                }
                case "apiKeys" -> List.of(KEY);
                case "revokeApiKey" -> new ApiKeyView(KEY_ID, 1042, "grid bot", KEY.scopes(), KEY.allowedAddresses(),
                        KEY.createdAtEpochMs(), 1_765_000_001_000L);
                default -> throw new UnsupportedOperationException(method.getName());
            });
    Caller caller = new Caller(1042, "alice", Set.of(Role.USER), "session-1");
    final MockMvc mvc;

    ApiKeyRoutesTest() {
        ApiKeyController controller = new ApiKeyController();
        ReflectionTestUtils.setField(controller, "users", users);
        mvc = MockMvcBuilders.standaloneSetup(controller)
                .setControllerAdvice(new ApiExceptionHandler())
                .setMessageConverters(new MappingJackson2HttpMessageConverter())
                .setCustomArgumentResolvers(new HandlerMethodArgumentResolver() {
                    @Override
                    public boolean supportsParameter(MethodParameter parameter) {
                        return parameter.getParameterType() == Caller.class;
                    }

                    @Override
                    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
                                                  NativeWebRequest request, WebDataBinderFactory binders) {
                        return caller;
                    }
                }).build();
    }

    @Test
    void aCreationSendsTheScopesAndAnswersTheSecretOnce() throws Exception {
        mvc.perform(post("/api/v1/api-keys").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\":\"grid bot\",\"scopes\":[\"read\",\"trade\"],"
                                + "\"allowedAddresses\":[\"198.51.100.0/24\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.keyId").value(KEY_ID))
                .andExpect(jsonPath("$.secret").value("the-secret"))
                .andExpect(jsonPath("$.scopes[0]").value("read"))
                .andExpect(jsonPath("$.scopes[1]").value("trade"))
                .andExpect(jsonPath("$.createdAt").value("2025-12-06T05:46:40.123Z"));

        assertThat(created).containsExactly(new CreateApiKeyCommand(1042, "grid bot",
                EnumSet.of(ApiKeyScope.READ, ApiKeyScope.TRADE), List.of("198.51.100.0/24")));
    }

    @Test
    void theListingAndARevokeNeverShowASecret() throws Exception {
        String listed = mvc.perform(get("/api/v1/api-keys")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].keyId").value(KEY_ID))
                .andExpect(jsonPath("$[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$[0].revokedAt").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(listed).doesNotContain("secret");

        mvc.perform(delete("/api/v1/api-keys/" + KEY_ID)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.revokedAt").value("2025-12-06T05:46:41Z"))
                .andExpect(jsonPath("$.secret").doesNotExist());
    }

    @Test
    void anUnknownOrMissingScopeIsA400AndNothingIsCreated() throws Exception {
        for (String body : new String[] {"{\"label\":\"b\",\"scopes\":[\"admin\"]}", "{\"label\":\"b\",\"scopes\":[]}",
                "{\"label\":\"b\",\"scopes\":[\"READ\"]}", "{\"label\":\"b\"}", "{\"scopes\":[\"read\"]}"}) {
            mvc.perform(post("/api/v1/api-keys").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        }
        assertThat(created).isEmpty();
    }

    @Test
    void aCallerByApiKeyIsRefusedEveryKeyRoute() throws Exception {
        caller = Caller.ofApiKey(1042, "alice", KEY_ID);

        mvc.perform(post("/api/v1/api-keys").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\":\"b\",\"scopes\":[\"read\"]}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("SESSION_REQUIRED"));
        mvc.perform(get("/api/v1/api-keys")).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/api-keys/" + KEY_ID)).andExpect(status().isForbidden());
        assertThat(created).isEmpty();
    }
}
