package org.opentrade.facade.config;

import java.util.List;

import com.alibaba.csp.sentinel.adapter.spring.webmvc_v6x.SentinelWebInterceptor;
import com.alibaba.csp.sentinel.adapter.spring.webmvc_v6x.config.SentinelWebMvcConfig;
import jakarta.servlet.http.HttpServletRequest;
import org.opentrade.facade.auth.CallerArgumentResolver;
import org.opentrade.facade.auth.TokenVerifier;
import org.opentrade.facade.error.BlockAnswers;
import org.opentrade.facade.limits.CallerKeys;
import org.opentrade.facade.limits.CallerLimits;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Sentinel guards every API route (resource = "METHOD:/api/v1/pattern", flow rules from Nacos) and every caller on it
 * ({@link CallerLimits}: "caller:METHOD:/api/v1/pattern", hot-parameter rules); a request refused by a rate gets 429,
 * by system protection 503, in the API's error shape with Retry-After ({@link BlockAnswers}).
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {
    static final String API_PATHS = "/api/**";

    private final CallerArgumentResolver callerResolver;
    private final TokenVerifier tokens;

    WebConfiguration(CallerArgumentResolver callerResolver, TokenVerifier tokens) {
        this.callerResolver = callerResolver;
        this.tokens = tokens;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(callerResolver);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        SentinelWebMvcConfig config = new SentinelWebMvcConfig();
        config.setWebContextUnify(true);
        config.setBlockExceptionHandler((request, response, resourceName, blocked) ->
                BlockAnswers.write(blocked, request, response));
        registry.addInterceptor(new MethodAndPatternResources(config)).addPathPatterns(API_PATHS);
        // after the route's entry, so that it exits first (afterCompletion runs in reverse order)
        registry.addInterceptor(new CallerLimits(new CallerKeys(tokens))).addPathPatterns(API_PATHS);
    }

    /**
     * Names each resource "METHOD:/url/pattern" (e.g. "POST:/api/v1/orders"), so a rule can limit placing orders
     * without limiting listing them. The adapter's own prefixing interceptor cannot take a configuration.
     */
    static final class MethodAndPatternResources extends SentinelWebInterceptor {
        MethodAndPatternResources(SentinelWebMvcConfig config) {
            super(config);
        }

        @Override
        protected String getResourceName(HttpServletRequest request) {
            String pattern = super.getResourceName(request);
            return pattern == null ? null : request.getMethod() + ":" + pattern;
        }
    }
}
