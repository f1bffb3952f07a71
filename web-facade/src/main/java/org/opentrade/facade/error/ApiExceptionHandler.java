package org.opentrade.facade.error;

import java.util.stream.Collectors;

import com.alibaba.csp.sentinel.slots.block.BlockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.apache.dubbo.remoting.http12.exception.HttpRequestTimeout;
import org.apache.dubbo.rpc.RpcException;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.RateLimitedException;
import org.opentrade.api.risk.RiskRejectedException;
import org.opentrade.facade.edge.BodyTooLarge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where failures become HTTP answers: a business failure keeps its code; bad input is 400; a
 * provider that cannot be reached (or whose circuit is open) is 503; flow control is 429; every 429 and 503 says when
 * to come back (Retry-After, RateLimit-*); only a defect of ours is 500.
 */
@RestControllerAdvice
public class ApiExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(BusinessException.class)
    ResponseEntity<ApiError> business(BusinessException e, HttpServletRequest request) {
        if (e instanceof RiskRejectedException refused) {
            return ResponseEntity.status(refused.code().httpStatus()).contentType(MediaType.APPLICATION_JSON)
                    .body(new ApiError(refused.code().name(), refused.getMessage(), RequestIds.of(request),
                            refused.rule()));
        }
        RetryAdvice advice = e instanceof RateLimitedException limited ? RetryAdvice.of(limited) : null;
        return answer(e.code(), e.getMessage(), request, advice);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        String message = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + ": " + error.getDefaultMessage())
                .sorted().collect(Collectors.joining("; "));
        return answer(ErrorCode.VALIDATION_FAILED, message, request);
    }

    @ExceptionHandler({HandlerMethodValidationException.class, ConstraintViolationException.class,
            MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ApiError> invalidParameter(Exception e, HttpServletRequest request) {
        return answer(ErrorCode.VALIDATION_FAILED, "invalid request parameter", request);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ApiError> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        ErrorCode code = "Idempotency-Key".equalsIgnoreCase(e.getHeaderName())
                ? ErrorCode.IDEMPOTENCY_KEY_REQUIRED : ErrorCode.VALIDATION_FAILED;
        return answer(code, "missing header " + e.getHeaderName(), request);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeException.class})
    ResponseEntity<ApiError> unreadable(Exception e, HttpServletRequest request) {
        if (causedBy(e, BodyTooLarge.class)) {
            return answer(ErrorCode.PAYLOAD_TOO_LARGE, ErrorCode.PAYLOAD_TOO_LARGE.defaultMessage(), request);
        }
        return answer(ErrorCode.MALFORMED_REQUEST, ErrorCode.MALFORMED_REQUEST.defaultMessage(), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noRoute(NoResourceFoundException e, HttpServletRequest request) {
        return answer(ErrorCode.NOT_FOUND, "no such route", request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(ErrorCode.METHOD_NOT_ALLOWED, e.getMessage(), request);
    }

    /**
     * Dubbo: no provider registered, provider unreachable, timeout, or Sentinel refused the call: its circuit is open
     * (503, retry after the circuit's window) or a flow rule limits it (429).
     */
    @ExceptionHandler(RpcException.class)
    ResponseEntity<ApiError> rpc(RpcException e, HttpServletRequest request) {
        BlockException blocked = cause(e, BlockException.class);
        if (blocked != null) {
            return refused(blocked, request);
        }
        log.warn("dependency unavailable: {}", e.getMessage());
        return answer(ErrorCode.SERVICE_UNAVAILABLE, ErrorCode.SERVICE_UNAVAILABLE.defaultMessage(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) {
        if (causedBy(e, BodyTooLarge.class)) {
            return answer(ErrorCode.PAYLOAD_TOO_LARGE, ErrorCode.PAYLOAD_TOO_LARGE.defaultMessage(), request);
        }
        BlockException blocked = cause(e, BlockException.class);
        if (blocked != null) {
            return refused(blocked, request);
        }
        if (providerTimedOut(e)) {
            log.warn("dependency timed out: {}", e.getMessage());
            return answer(ErrorCode.SERVICE_UNAVAILABLE, ErrorCode.SERVICE_UNAVAILABLE.defaultMessage(), request);
        }
        log.error("unexpected failure", e);
        return answer(ErrorCode.INTERNAL_ERROR, ErrorCode.INTERNAL_ERROR.defaultMessage(), request);
    }

    /**
     * Always JSON, whatever the request accepts: a client of the CSV statement that sends {@code Accept: text/csv}
     * still gets its error in the one error shape, not an empty 406.
     */
    static ResponseEntity<ApiError> answer(ErrorCode code, String message, HttpServletRequest request) {
        return answer(code, message, request, null);
    }

    /**
     * Every 429 and 503 says when to come back ({@link RetryAdvice}): ADVICE when the refusal knows it, else a second
     * (a 429 whose limit is not known here still says Remaining 0 and when to retry).
     */
    static ResponseEntity<ApiError> answer(ErrorCode code, String message, HttpServletRequest request,
                                           RetryAdvice advice) {
        RetryAdvice retry = RetryAdvice.forAnswer(code, advice);
        return ResponseEntity.status(code.httpStatus()).contentType(MediaType.APPLICATION_JSON)
                .headers(retry == null ? HttpHeaders.EMPTY : retry.headers())
                .body(new ApiError(code.name(), message, RequestIds.of(request)));
    }

    private static ResponseEntity<ApiError> refused(BlockException blocked, HttpServletRequest request) {
        BlockAnswers.Refusal refusal = BlockAnswers.of(blocked);
        return answer(refusal.code(), refusal.code().defaultMessage(), request, refusal.advice());
    }

    /**
     * A Triple provider that ran past the call's deadline answers HttpRequestTimeout, which reaches the consumer as a
     * plain RuntimeException naming it (Dubbo's exception filter flattens exceptions the API jar does not define).
     * The call may still complete: the client retries with its idempotency key, so it is a 503, not a defect.
     */
    private static boolean providerTimedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpRequestTimeout
                    || (t.getMessage() != null && t.getMessage().startsWith(HttpRequestTimeout.class.getName()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return cause(e, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
