package org.opentrade.api;

/**
 * Every business failure the system can report, named once. The facade maps {@link #httpStatus()} to the
 * HTTP answer in exactly one place; providers throw {@link BusinessException} carrying one of these.
 * Banded by bounded context so a code's owner is obvious from where it sits in the list.
 */
public enum ErrorCode {
    // --- request shape (any context) ---
    VALIDATION_FAILED(400, "The request is invalid"),
    MALFORMED_REQUEST(400, "The request body could not be read"),
    INVALID_AMOUNT(400, "Amounts are positive decimal strings with at most 8 decimals"),
    IDEMPOTENCY_KEY_REQUIRED(400, "The Idempotency-Key header is required"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    PAYLOAD_TOO_LARGE(413, "The request body is too large"),
    HEADERS_TOO_LARGE(431, "The request headers are too large"),
    IDEMPOTENCY_KEY_REUSED(409, "The Idempotency-Key was used for a different request"),
    RATE_LIMITED(429, "Too many requests"),
    SERVICE_UNAVAILABLE(503, "A service this request needs is unavailable; retry later"),
    INTERNAL_ERROR(500, "Unexpected error"),

    // --- users and sessions ---
    USERNAME_TAKEN(409, "The username is taken"),
    BAD_CREDENTIALS(401, "Unknown username or wrong password"),
    UNAUTHENTICATED(401, "A valid bearer token is required"),
    FORBIDDEN(403, "Not allowed"),
    USER_NOT_FOUND(404, "User not found"),
    USER_FROZEN(403, "The user is frozen"),
    WRONG_PASSWORD(403, "The current password is wrong"),
    TOO_MANY_LOGIN_ATTEMPTS(429, "Too many login attempts; retry later"),
    PASSWORD_TOO_WEAK(400, "The password is too short, too common, too simple or too close to the username"),
    TOO_MANY_STREAMS(429, "Too many open streams for this user or address"),

    // --- API keys (signed requests of bots) ---
    API_KEY_INVALID(401, "The API key is unknown or revoked"),
    SIGNATURE_INVALID(401, "The request signature does not match the request and the key's secret"),
    TIMESTAMP_OUTSIDE_WINDOW(401, "The request timestamp is outside the receive window; compare with GET /api/v1/time"),
    REPLAYED_REQUEST(409, "This signed request was received before; sign each request with a new timestamp"),
    SCOPE_MISSING(403, "The API key has no scope that allows this route"),
    SESSION_REQUIRED(403, "This route takes a session token, never an API key"),
    ADDRESS_NOT_ALLOWED(403, "The client address is not on the API key's allowlist"),
    TOO_MANY_API_KEYS(422, "The user already has as many live API keys as allowed"),
    API_KEY_NOT_FOUND(404, "API key not found"),

    // --- funds ---
    UNKNOWN_ASSET(400, "Unknown asset"),
    INSUFFICIENT_FUNDS(422, "Insufficient available balance"),
    SELF_TRANSFER(422, "Cannot transfer to yourself"),
    RECIPIENT_NOT_FOUND(404, "Recipient not found"),
    RECIPIENT_FROZEN(422, "The recipient's account is frozen"),
    REFERENCE_CONFLICT(409, "The reference was already used for a different movement"),
    TRANSFER_NOT_FOUND(404, "Transfer not found"),
    STATEMENT_TOO_LARGE(422, "The range holds more postings than one statement gives; ask for a shorter range or one asset"),

    // --- trading ---
    UNKNOWN_SYMBOL(400, "Unknown symbol"),
    ORDER_NOT_FOUND(404, "Order not found"),
    ORDER_NOT_OPEN(409, "The order is not open"),
    ORDER_NOT_AMENDABLE(409, "Only an open LIMIT GTC order can be amended, and only to terms its book allows"),
    AMEND_BELOW_FILLED(409, "The new quantity must be above the order's filled quantity"),
    ORDER_CHANGED(409, "The order traded or changed while the amend was on its way; read it and try again"),
    INVALID_ORDER(400, "The order's side, type, time in force or combination is invalid"),
    ORDER_TOO_SMALL(400, "The order's notional is below the instrument's minimum"),
    TOO_MANY_OPEN_ORDERS(422, "The user already has as many open orders as allowed"),
    INVALID_PRICE(400, "The price is out of range or not a multiple of the price tick"),
    INVALID_QUANTITY(400, "The quantity is out of range or not a multiple of the quantity step"),
    CLIENT_ORDER_ID_REUSED(409, "The clientOrderId was used for a different order"),
    MARKET_BUSY(503, "The market's order queue is full; retry later"),
    ORDER_STATUS_UNKNOWN(503, "The order reached the market but its answer was lost; repeat it with the same clientOrderId to get its outcome"),

    // --- risk ---
    RISK_REJECTED(422, "Rejected by risk control"),
    ALERT_NOT_FOUND(404, "Risk alert not found"),

    // --- payments ---
    PAYMENT_NOT_FOUND(404, "Payment not found"),
    WITHDRAWAL_LIMIT_EXCEEDED(422, "The withdrawal exceeds the limit per withdrawal or per day"),
    BAD_SIGNATURE(401, "The notification signature is invalid"),
    CALLBACK_STALE(401, "The notification timestamp is outside the accepted window"),
    CALLBACK_REPLAYED(409, "The notification nonce was seen before"),
    CALLBACK_MISMATCH(409, "The notification does not match the payment");

    private final int httpStatus;
    private final String defaultMessage;

    ErrorCode(int httpStatus, String defaultMessage) {
        this.httpStatus = httpStatus;
        this.defaultMessage = defaultMessage;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String defaultMessage() {
        return defaultMessage;
    }
}
