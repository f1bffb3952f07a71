package org.opentrade.facade.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opentrade.api.diagnostics.PingService;
import org.opentrade.api.user.Role;
import org.opentrade.facade.auth.Caller;
import org.springframework.core.MethodParameter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** GET /api/v1/ping makes one PingService call and answers what it echoed, as a decimal string. */
class PingControllerTest {

    final List<Long> sent = new ArrayList<>();
    final PingService echo = nonce -> {
        sent.add(nonce);
        return nonce;
    };

    /** Stands in for the token check (CallerArgumentResolver), which has its own tests. */
    static final class AnyCaller implements HandlerMethodArgumentResolver {
        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Caller.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                      WebDataBinderFactory binders) {
            return new Caller(7L, "alice", Set.of(Role.USER), "session-1");
        }
    }

    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new PingController(echo))
            .setMessageConverters(new MappingJackson2HttpMessageConverter())
            .setCustomArgumentResolvers(new AnyCaller()).build();

    @Test
    void answersTheNonceThePingServiceEchoed() throws Exception {
        String body = mvc.perform(get("/api/v1/ping"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nonce").isString())
                .andReturn().getResponse().getContentAsString();

        assertThat(sent).hasSize(1);
        assertThat(body).isEqualTo("{\"nonce\":\"" + sent.get(0) + "\"}");
    }
}
