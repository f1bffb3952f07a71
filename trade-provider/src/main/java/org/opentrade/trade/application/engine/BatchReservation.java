package org.opentrade.trade.application.engine;

import java.util.List;

import org.opentrade.api.ErrorCode;

/**
 * The stage before the log: what must hold for a batch's orders before they may enter the book (the pre-trade risk
 * check, the order stored, its funds frozen). Implemented by the order use cases; the engine only runs it.
 */
public interface BatchReservation {

    /**
     * Answers the submissions it refuses itself and returns, in order, those that may enter the log (cancels pass
     * through). Throws only when the outcome of the whole batch is unknown; the pipeline then gives it all back.
     * {@code market} is the book as the engine published it after its previous batch (the pre-trade rules' facts).
     */
    List<Submission> reserve(List<Submission> batch, MarketSnapshot market);

    /**
     * Submissions reserved that will never be logged (their deadline passed, the log refused them): what was
     * reserved is given back and each caller is answered with {@code why}.
     */
    void abandon(List<Submission> unlogged, ErrorCode why);
}
