package org.opentrade.trade.application.engine;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.opentrade.trade.domain.matching.EngineSnapshot;

/**
 * The durable input of each symbol's engine. Appending a batch is one local transaction: one disk sync for the
 * whole batch (group commit). Positions are unique, so a writer that is not at the log's head cannot append: it
 * gets {@link LogPositionTakenException} and must catch up first.
 */
public interface EngineJournal {

    /** Appends in one transaction, only while {@code epoch} is still the symbol's fencing epoch. */
    void append(String symbol, long epoch, List<LoggedCommand> commands);

    /** Takes the symbol over: returns a new fencing epoch; writes under any older epoch fail from now on. */
    long claim(String symbol);

    /** Entries after {@code afterSeq}, in order, at most {@code limit}. */
    List<LoggedCommand> read(String symbol, long afterSeq, int limit);

    /** Which of these order ids have already entered the symbol's engine. */
    Set<Long> placed(String symbol, Collection<Long> orderIds);

    /** Which of these amends have already entered the symbol's engine. */
    Set<Long> amended(String symbol, Collection<Long> amendIds);

    Checkpoint checkpoint(String symbol);

    /** Stores a snapshot of the symbol's book (idempotent on its position), while {@code epoch} is current. */
    void saveSnapshot(String symbol, long epoch, EngineSnapshot snapshot);

    /** The newest stored snapshot of the symbol, if any. */
    Optional<EngineSnapshot> latestSnapshot(String symbol);

    /** Thrown when another owner took the symbol over (a newer epoch): this writer must stop. */
    final class FencedException extends RuntimeException {
        public FencedException(String message) {
            super(message);
        }
    }

    /** Thrown when another writer already holds a position this batch wanted. */
    final class LogPositionTakenException extends RuntimeException {
        public LogPositionTakenException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
