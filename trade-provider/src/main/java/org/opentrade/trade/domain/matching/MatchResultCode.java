package org.opentrade.trade.domain.matching;

/**
 * Every reason the engine turns a command down, named once and banded like exchange-core:
 * 1xx the command itself is invalid, 2xx the book's state does not allow it, 3xx cancel and amend.
 */
public enum MatchResultCode {
    /** No objection; used inside the engine between checks, never carried by a rejection. */
    OK(0),

    INVALID_ORDER_ID(101),
    INVALID_USER_ID(102),
    PRICE_OUT_OF_RANGE(103),
    INVALID_PRICE_TICK(104),
    QUANTITY_OUT_OF_RANGE(105),
    INVALID_QUANTITY_STEP(106),
    /** MARKET with GTC: a market order never rests. */
    INVALID_TIME_IN_FORCE(107),
    /** Post-only is only meaningful for a LIMIT GTC order, the only kind that rests. */
    POST_ONLY_NOT_ALLOWED(108),
    /**
     * Another resting order already has this id. The engine remembers no finished orders (that
     * would be unbounded); ids unique for all time are the service's job, by a unique key.
     */
    DUPLICATE_ORDER_ID(109),

    POST_ONLY_WOULD_TAKE(201),
    FOK_NOT_FILLABLE(202),
    /** A MARKET order met an empty opposite side: there is no price to protect from. */
    NO_LIQUIDITY(203),
    BOOK_FULL(204),
    PRICE_LEVELS_FULL(205),
    /** An amend's new quantity is not above what the order already traded. */
    AMEND_BELOW_FILLED(206),
    /**
     * An amend would make the order hold more than was frozen for it beforehand (the order traded, or another amend
     * changed it, after the service read it): refused rather than hold too little.
     */
    AMEND_HOLD_SHORT(207),

    /** Unknown id, already filled or canceled, or another user's order: all look the same (cancel and amend). */
    ORDER_NOT_FOUND(301);

    private final int code;

    MatchResultCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
