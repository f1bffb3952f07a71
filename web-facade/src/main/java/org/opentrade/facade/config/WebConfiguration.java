package org.opentrade.facade.config;

import java.util.List;

import com.alibaba.csp.sentinel.adapter.spring.webmvc_v6x.SentinelWebInterceptor;
import com.alibaba.csp.sentinel.adapter.spring.webmvc_v6x.config.SentinelWebMvcConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.opentrade.api.ErrorCode;
import org.opentrade.facade.auth.CallerArgumentResolver;
import org.opentrade.facade.error.ApiError;
import org.opentrade.facade.error.RequestIds;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Sentinel guards every API route (resource = "METHOD:/api/v1/pattern", rules from Nacos); a blocked request gets
 * 429 in the API's error shape.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {
    static final String API_PATHS = "/api/**";

    private final CallerArgumentResolver callerResolver;
    private final ObjectMapper json;

    WebConfiguration(CallerArgumentResolver callerResolver, ObjectMapper json) {
        this.callerResolver = callerResolver;
        this.json = json;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(callerResolver);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        SentinelWebMvcConfig config = new SentinelWebMvcConfig();
        config.setWebContextUnify(true);
        config.setBlockExceptionHandler((request, response, resourceName, blocked) -> {
            ErrorCode code = ErrorCode.RATE_LIMITED;
            response.setStatus(code.httpStatus());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            json.writeValue(response.getOutputStream(),
                    new ApiError(code.name(), code.defaultMessage(), RequestIds.of(request)));
        });
        registry.addInterceptor(new MethodAndPatternResources(config)).addPathPatterns(API_PATHS);
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
