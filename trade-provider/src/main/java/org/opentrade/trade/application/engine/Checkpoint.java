package org.opentrade.trade.application.engine;

/** The outputs of a symbol's log are written up to {@code appliedSeq}; the book's state hash at that point. */
public record Checkpoint(long appliedSeq, long stateHash) {

    public static final Checkpoint EMPTY = new Checkpoint(0, 0);
}
