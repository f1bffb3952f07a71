package org.opentrade.facade.auth;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.facade.auth.apikey.ApiKeyFilter;
import org.opentrade.facade.auth.apikey.ApiKeyHeaders;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * A handler that declares a {@link Caller} parameter requires a valid {@code Authorization: Bearer} token of a live
 * session of an active user, or a request signed with an API key that {@link ApiKeyFilter} admitted for this route;
 * the route is public otherwise. Authentication is thus visible in each handler's signature.
 */
@Component
public class CallerArgumentResolver implements HandlerMethodArgumentResolver {
    static final String BEARER = "Bearer ";

    private final Authentication authentication;

    CallerArgumentResolver(Authentication authentication) {
        this.authentication = authentication;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        if (request.getAttribute(ApiKeyFilter.CALLER, RequestAttributes.SCOPE_REQUEST) instanceof Caller signed) {
            return signed;
        }
        if (request.getHeader(ApiKeyHeaders.KEY) != null) {
            // the filter checks every signed API request; one it did not admit never reaches here
            throw new BusinessException(ErrorCode.UNAUTHENTICATED);
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new BusinessException(ErrorCode.UNAUTHENTICATED);
        }
        return authentication.authenticate(header.substring(BEARER.length()).trim());
    }
}
