package org.opentrade.trade.application.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.opentrade.api.ErrorCode;
import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.EngineSnapshot;
import org.opentrade.trade.domain.matching.ExecutionResult;
import org.opentrade.trade.domain.matching.MatchingEngine;
import org.opentrade.trade.domain.matching.Side;
import org.opentrade.trade.domain.matching.command.EngineCommand;
import org.opentrade.trade.domain.matching.event.EngineEvent;
import org.opentrade.trade.domain.matching.event.Trade;
import org.opentrade.trade.domain.order.AmendOutcome;
import org.opentrade.trade.domain.order.OrderUpdates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine thread's work on each batch: drop what missed its deadline, append the rest to the durable log in one
 * transaction (group commit), execute it, and hand the result on. The book is touched by this thread only.
 *
 * <p>An append that fails in an unknown way (the commit may have happened) is never retried blindly: the log beyond
 * the book is read and executed first, answering the submissions found there. Only submissions that the log is
 * known not to hold are given back, so the book never diverges from the log and nothing reserved for an order that
 * entered the log is released.
 */
final class Sequencer {
    private static final Logger log = LoggerFactory.getLogger(Sequencer.class);

    private final MatchingEngine engine;
    private final Instrument instrument;
    private final long epoch;
    private final EngineJournal journal;
    private final BatchReservation reservation;
    private final EngineSettings settings;
    private final Clock clock;
    private final EngineMetrics metrics;
    private long lastCheckpointSeq;
    private long lastCheckpointAtMs;
    private long lastSnapshotSeq;
    private long lastHash;
    private volatile MarketSnapshot snapshot;
    /** The price of the last trade this book made (replayed ones included); 0 before any. */
    private long lastTradePrice;

    Sequencer(MatchingEngine engine, long epoch, EngineJournal journal, BatchReservation reservation,
              EngineSettings settings, Clock clock, EngineMetrics metrics) {
        this.engine = engine;
        this.instrument = engine.instrument();
        this.epoch = epoch;
        this.journal = journal;
        this.reservation = reservation;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
        this.lastCheckpointSeq = engine.lastSequence();
        this.lastCheckpointAtMs = clock.millis();
        this.lastSnapshotSeq = engine.lastSequence();
        this.lastHash = engine.stateHash();
        publish();
    }

    /** A checkpoint at the book's position now (the end of recovery). */
    Checkpoint checkpointNow() {
        lastHash = engine.stateHash();
        lastCheckpointSeq = engine.lastSequence();
        lastCheckpointAtMs = clock.millis();
        publish();
        return new Checkpoint(lastCheckpointSeq, lastHash);
    }

    MarketSnapshot snapshot() {
        return snapshot;
    }

    MatchingEngine engine() {
        return engine;
    }

    /** The batches to write: what a catch-up found in the log (if anything), then this batch. */
    List<ExecutedBatch> logAndExecute(List<Submission> batch) {
        List<Submission> fresh = inTime(batch);
        List<ExecutedBatch> executed = new ArrayList<>(2);
        for (int attempt = 1; !fresh.isEmpty(); attempt++) {
            List<LoggedCommand> entries = positions(fresh);
            long started = System.nanoTime();
            try {
                journal.append(instrument.symbol(), epoch, entries);
            } catch (EngineJournal.FencedException fenced) {
                throw fenced;
            } catch (RuntimeException e) {
                log.warn("{}: log append failed (attempt {}), catching up from the log: {}", instrument.symbol(),
                        attempt, e.toString());
                catchUp(fresh).ifPresent(executed::add);
                if (attempt >= settings.appendAttemptsMax() && !fresh.isEmpty()) {
                    giveBackUnlogged(fresh);
                    break;
                }
                continue;
            }
            long appendedNanos = System.nanoTime();
            executed.add(execute(fresh, entries));
            metrics.sequenced(entries.size(), appendedNanos - started, System.nanoTime() - appendedNanos);
            break;
        }
        publish();
        return executed;
    }

    /** Executes log entries this book has not seen (recovery, catch-up); {@code submissions} may be empty. */
    ExecutedBatch execute(List<Submission> submissions, List<LoggedCommand> entries) {
        OrderUpdates orders = new OrderUpdates();
        List<TradeRecord> trades = new ArrayList<>();
        List<AmendOutcome> amends = new ArrayList<>();
        List<ExecutionResult> results = new ArrayList<>(entries.size());
        for (LoggedCommand entry : entries) {
            ExecutionResult result = executeInOrder(entry);
            results.add(result);
            orders.addAll(result.events());
            for (EngineEvent event : result.events()) {
                if (event instanceof Trade trade) {
                    trades.add(new TradeRecord(instrument.symbol(), trade, entry.loggedAtMs()));
                    lastTradePrice = trade.price();
                }
                AmendOutcome.of(event).ifPresent(amends::add);
            }
        }
        var updates = orders.resolve(engine::restingOrder);
        return new ExecutedBatch(submissions, entries, results, trades, updates, amends, engine.lastSequence(),
                checkpointIfDue(), snapshotIfDue());
    }

    ExecutionResult executeInOrder(LoggedCommand entry) {
        ExecutionResult result = engine.execute(entry.command());
        if (result.sequence() != entry.seq()) {
            throw new IllegalStateException(instrument.symbol() + ": log entry " + entry.seq() + " executed as "
                    + result.sequence());
        }
        return result;
    }

    /** A checkpoint every checkpointEveryCommands commands or checkpointIntervalMs: the hash is O(book). */
    private Checkpoint checkpointIfDue() {
        long seq = engine.lastSequence();
        long now = clock.millis();
        boolean due = seq - lastCheckpointSeq >= settings.checkpointEveryCommands()
                || (seq > lastCheckpointSeq && now - lastCheckpointAtMs >= settings.checkpointIntervalMs())
                || seq - lastSnapshotSeq >= settings.snapshotEveryCommands();
        if (!due) {
            return null;
        }
        lastHash = engine.stateHash();
        lastCheckpointSeq = seq;
        lastCheckpointAtMs = now;
        return new Checkpoint(seq, lastHash);
    }

    /** Always together with a checkpoint at the same position (see checkpointIfDue). */
    private EngineSnapshot snapshotIfDue() {
        if (engine.lastSequence() - lastSnapshotSeq < settings.snapshotEveryCommands()) {
            return null;
        }
        lastSnapshotSeq = engine.lastSequence();
        return engine.snapshot();
    }

    private List<Submission> inTime(List<Submission> batch) {
        long now = System.nanoTime();
        List<Submission> inTime = new ArrayList<>(batch.size());
        List<Submission> late = new ArrayList<>();
        for (Submission s : batch) {
            (s.expired(now) ? late : inTime).add(s);
        }
        if (!late.isEmpty()) {
            reservation.abandon(late, ErrorCode.SERVICE_UNAVAILABLE);
        }
        return inTime;
    }

    private List<LoggedCommand> positions(List<Submission> submissions) {
        long now = clock.millis();
        long seq = engine.lastSequence();
        List<LoggedCommand> entries = new ArrayList<>(submissions.size());
        for (Submission s : submissions) {
            entries.add(new LoggedCommand(++seq, now, s.command()));
        }
        return entries;
    }

    /**
     * Executes what the log holds beyond the book; submissions found there leave {@code pending} and are answered
     * with that batch. A failure to read the log is fatal: the engine cannot know what it holds.
     */
    private Optional<ExecutedBatch> catchUp(List<Submission> pending) {
        List<LoggedCommand> entries = journal.read(instrument.symbol(), engine.lastSequence(), settings.recoveryPageSize());
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        List<Submission> found = new ArrayList<>();
        List<LoggedCommand> own = new ArrayList<>();
        for (LoggedCommand entry : entries) {
            Submission match = take(pending, entry.command());
            if (match != null) {
                found.add(match);
                own.add(entry);
            }
        }
        if (own.size() != entries.size()) {
            // entries written by someone else under our epoch cannot exist; a partial match means a defect
            throw new IllegalStateException(instrument.symbol() + ": the log holds " + entries.size()
                    + " entries beyond the book, " + own.size() + " of them ours");
        }
        return Optional.of(execute(found, entries));
    }

    private static Submission take(List<Submission> pending, EngineCommand command) {
        for (Iterator<Submission> it = pending.iterator(); it.hasNext(); ) {
            Submission s = it.next();
            if (s.command().equals(command)) {
                it.remove();
                return s;
            }
        }
        return null;
    }

    /** The last append failed: read the log once more; give back only what it certainly does not hold. */
    private void giveBackUnlogged(List<Submission> fresh) {
        List<LoggedCommand> beyond = journal.read(instrument.symbol(), engine.lastSequence(), 1);
        if (!beyond.isEmpty()) {
            throw new IllegalStateException(instrument.symbol() + ": the log moved during a failed append; "
                    + "restart recovers it");
        }
        reservation.abandon(List.copyOf(fresh), ErrorCode.SERVICE_UNAVAILABLE);
        fresh.clear();
    }

    private void publish() {
        snapshot = new MarketSnapshot(engine.lastSequence(), lastCheckpointSeq, lastHash, engine.restingOrderCount(),
                engine.depth(Side.BUY, MarketSnapshot.DEPTH_LEVELS_MAX),
                engine.depth(Side.SELL, MarketSnapshot.DEPTH_LEVELS_MAX),
                engine.marketProtectionPrice(Side.BUY), engine.marketProtectionPrice(Side.SELL), lastTradePrice);
    }
}
