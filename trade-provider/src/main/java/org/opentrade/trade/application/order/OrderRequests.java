package org.opentrade.trade.application.order;

import java.util.Locale;
import java.util.regex.Pattern;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.trade.domain.matching.MatchResultCode;

/** Reading a client's order request: enum names, the clientOrderId, and the engine's validation codes as API errors. */
final class OrderRequests {

    private static final Pattern CLIENT_ORDER_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private OrderRequests() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name, String field) {
        if (name == null) {
            throw new BusinessException(ErrorCode.INVALID_ORDER, field + " is required");
        }
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException(ErrorCode.INVALID_ORDER, "unknown " + field + ": " + name);
        }
    }

    static void requireClientOrderId(String clientOrderId) {
        if (clientOrderId == null || !CLIENT_ORDER_ID.matcher(clientOrderId).matches()) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED,
                    "clientOrderId must be 1-64 characters of letters, digits and . _ : -");
        }
    }

    /** Engine validation codes that mean the request itself is wrong (HTTP 400). */
    static BusinessException invalid(MatchResultCode code) {
        return switch (code) {
            case PRICE_OUT_OF_RANGE -> new BusinessException(ErrorCode.INVALID_PRICE, "price out of range");
            case INVALID_PRICE_TICK -> new BusinessException(ErrorCode.INVALID_PRICE, "price is not a multiple of the tick");
            case QUANTITY_OUT_OF_RANGE -> new BusinessException(ErrorCode.INVALID_QUANTITY, "quantity out of range");
            case INVALID_QUANTITY_STEP ->
                    new BusinessException(ErrorCode.INVALID_QUANTITY, "quantity is not a multiple of the step");
            case INVALID_TIME_IN_FORCE ->
                    new BusinessException(ErrorCode.INVALID_ORDER, "a MARKET order is IOC or FOK, never GTC");
            case POST_ONLY_NOT_ALLOWED ->
                    new BusinessException(ErrorCode.INVALID_ORDER, "postOnly is only for LIMIT GTC orders");
            default -> new BusinessException(ErrorCode.INVALID_ORDER, code.name());
        };
    }
}
