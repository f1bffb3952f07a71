package org.opentrade.facade.error;

import org.opentrade.api.ErrorCode;

/** The code for a status the container set by itself (no exception of ours to say more): one table for both paths. */
public final class ContainerErrors {
    private ContainerErrors() {
    }

    public static ErrorCode codeOf(int httpStatus) {
        return switch (httpStatus) {
            case 400 -> ErrorCode.MALFORMED_REQUEST;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 429 -> ErrorCode.RATE_LIMITED;
            case 431 -> ErrorCode.HEADERS_TOO_LARGE;
            case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
            default -> httpStatus >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.VALIDATION_FAILED;
        };
    }
}
