package org.opentrade.trade.application.engine;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The durable input of each symbol's engine. Appending a batch is one local transaction: one disk sync for the
 * whole batch (group commit). Positions are unique, so a writer that is not at the log's head cannot append: it
 * gets {@link LogPositionTakenException} and must catch up first.
 */
public interface EngineJournal {

    void append(String symbol, List<LoggedCommand> commands);

    /** Entries after {@code afterSeq}, in order, at most {@code limit}. */
    List<LoggedCommand> read(String symbol, long afterSeq, int limit);

    /** Which of these order ids have already entered the symbol's engine. */
    Set<Long> placed(String symbol, Collection<Long> orderIds);

    Checkpoint checkpoint(String symbol);

    /** Thrown when another writer already holds a position this batch wanted. */
    final class LogPositionTakenException extends RuntimeException {
        public LogPositionTakenException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
