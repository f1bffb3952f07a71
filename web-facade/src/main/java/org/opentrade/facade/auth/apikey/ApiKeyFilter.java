package org.opentrade.facade.auth.apikey;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.RateLimitedException;
import org.opentrade.facade.auth.Caller;
import org.opentrade.facade.edge.BodyTooLarge;
import org.opentrade.facade.error.ApiError;
import org.opentrade.facade.error.RequestIds;
import org.opentrade.facade.error.RetryAdvice;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every API request that carries X-OT-APIKEY, before anything else reads it: the body is read here
 * (within the body cap, which runs first) because the signature covers it, and served again to the handler. An
 * admitted request goes on with its {@link Caller} as the request attribute {@link #CALLER}, which
 * {@link org.opentrade.facade.auth.CallerArgumentResolver} answers instead of looking for a bearer token; a refused
 * one is answered here, in the API's error shape. Requests without the header pass untouched.
 */
public class ApiKeyFilter extends OncePerRequestFilter {
    public static final String CALLER = ApiKeyFilter.class.getName() + ".caller";
    static final String API_PREFIX = "/api/";

    private final ApiKeyAuthenticator authenticator;

    public ApiKeyFilter(ApiKeyAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(ApiKeyHeaders.KEY) == null || !request.getRequestURI().startsWith(API_PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body;
        Caller caller;
        try {
            if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
                throw new BusinessException(ErrorCode.VALIDATION_FAILED,
                        "send either Authorization or " + ApiKeyHeaders.KEY + ", not both");
            }
            body = request.getInputStream().readAllBytes();
            caller = authenticator.authenticate(new SignedRequest(request.getHeader(ApiKeyHeaders.KEY),
                    request.getHeader(ApiKeyHeaders.TIMESTAMP), request.getHeader(ApiKeyHeaders.SIGNATURE),
                    request.getMethod(), request.getRequestURI(), request.getQueryString(), body),
                    request.getRemoteAddr());
        } catch (BodyTooLarge tooLarge) {
            refuse(request, response, new BusinessException(ErrorCode.PAYLOAD_TOO_LARGE));
            return;
        } catch (BusinessException refused) {
            refuse(request, response, refused);
            return;
        }
        request.setAttribute(CALLER, caller);
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, BusinessException refused)
            throws IOException {
        ErrorCode code = refused.code();
        RetryAdvice known = refused instanceof RateLimitedException limited ? RetryAdvice.of(limited) : null;
        new ApiError(code.name(), refused.getMessage(), RequestIds.of(request))
                .writeTo(response, code.httpStatus(), RetryAdvice.forAnswer(code, known));
    }
}
