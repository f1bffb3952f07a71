package org.opentrade.api;

/**
 * A business failure that crosses Dubbo intact: it lives in the same jar as the service interfaces, so
 * Dubbo's exception filter rethrows it on the consumer as is instead of wrapping it.
 */
public class BusinessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public BusinessException(ErrorCode code) {
        this(code, code.defaultMessage());
    }

    public BusinessException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
