package org.opentrade.banksandbox.web;

import org.opentrade.banksandbox.domain.BankUnavailable;
import org.opentrade.banksandbox.domain.InvalidInput;
import org.opentrade.banksandbox.domain.ReferenceConflict;
import org.opentrade.banksandbox.domain.UnknownReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The one place exceptions become HTTP answers; bad input is never a 500. */
@RestControllerAdvice
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ApiError> invalid(InvalidInput e) {
        return answer(HttpStatus.BAD_REQUEST, e.code(), e.getMessage());
    }

    @ExceptionHandler(ReferenceConflict.class)
    ResponseEntity<ApiError> conflict(ReferenceConflict e) {
        return answer(HttpStatus.CONFLICT, "REFERENCE_CONFLICT", e.getMessage());
    }

    @ExceptionHandler(UnknownReference.class)
    ResponseEntity<ApiError> unknown(UnknownReference e) {
        return answer(HttpStatus.NOT_FOUND, "UNKNOWN_REFERENCE", e.getMessage());
    }

    @ExceptionHandler(BankUnavailable.class)
    ResponseEntity<ApiError> unavailable(BankUnavailable e) {
        return answer(HttpStatus.SERVICE_UNAVAILABLE, e.code(), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return answer(HttpStatus.BAD_REQUEST, "MALFORMED_JSON",
                "the body is not the JSON expected here (unknown field, wrong type or bad syntax)");
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ApiError> badParameter(Exception e) {
        return answer(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", e.getMessage());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "send application/json");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> notFound(NoResourceFoundException e) {
        return answer(HttpStatus.NOT_FOUND, "NOT_FOUND", "no such endpoint");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("unexpected failure", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "the sandbox failed; see its log");
    }

    private static ResponseEntity<ApiError> answer(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(new ApiError(code, message));
    }
}
