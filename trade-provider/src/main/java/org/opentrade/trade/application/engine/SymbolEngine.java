package org.opentrade.trade.application.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.EngineLimits;
import org.opentrade.trade.domain.matching.EngineSnapshot;
import org.opentrade.trade.domain.matching.ExecutionResult;
import org.opentrade.trade.domain.matching.MatchingEngine;
import org.opentrade.trade.domain.matching.RestingOrder;
import org.opentrade.trade.domain.matching.Side;
import org.opentrade.trade.domain.matching.command.EngineCommand;
import org.opentrade.trade.domain.matching.command.PlaceOrder;
import org.opentrade.trade.domain.matching.event.EngineEvent;
import org.opentrade.trade.domain.matching.event.Trade;
import org.opentrade.trade.domain.order.OrderUpdates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer of one symbol's book. Callers {@link #submit} commands from any thread; one thread takes them
 * in batches and, per batch: (1) appends them to the durable log in one transaction (group commit), (2) executes
 * them, (3) writes their outputs (trades, fills, order states) and the checkpoint, (4) answers the callers. So an
 * answered order and its fills survive a kill -9: the log rebuilds the book and re-derives any output not yet
 * written ({@link #recover}).
 *
 * <p>If an append fails in an unknown way (the commit may have happened), or another writer appended first, the
 * runner catches up from the log before trying again, so its book never diverges from the log.
 */
public final class SymbolEngine {

    private static final Logger log = LoggerFactory.getLogger(SymbolEngine.class);
    private static final long IDLE_POLL_MS = 200;

    private final Instrument instrument;
    /** The fencing epoch this runner writes under (see EngineJournal.claim). */
    private final long epoch;
    /** Replaced once, by recovery from a snapshot, before the engine thread starts. */
    private MatchingEngine engine;
    private long lastSnapshotSeq;
    private final EngineJournal journal;
    private final EngineOutputs outputs;
    private final EngineSettings settings;
    private final Clock clock;
    private final Consumer<BatchOutcome> afterBatch;
    private final EngineMetrics metrics;
    private final BlockingQueue<Submission> queue;
    /** Reads of the book's detail, run by the engine thread between batches (the book is not thread-safe). */
    private final Queue<Runnable> inspections = new ConcurrentLinkedQueue<>();
    private volatile MarketSnapshot snapshot;
    private volatile boolean running;
    private volatile String failure;
    /** Matching time and outcome of the last executeAndRecord (engine thread only). */
    private long lastExecuteNanos;
    private BatchOutcome lastOutcome = new BatchOutcome(0, 0, 0);
    private volatile Checkpoint verifiedAtRecovery = Checkpoint.EMPTY;
    private Thread thread;

    public SymbolEngine(Instrument instrument, long epoch, EngineJournal journal, EngineOutputs outputs,
                        EngineSettings settings, Clock clock, MeterRegistry meters, Consumer<BatchOutcome> afterBatch) {
        this.metrics = new EngineMetrics(meters, instrument.symbol());
        this.epoch = epoch;
        this.instrument = instrument;
        this.engine = new MatchingEngine(instrument, EngineLimits.DEFAULT);
        this.journal = journal;
        this.outputs = outputs;
        this.settings = settings;
        this.clock = clock;
        this.afterBatch = afterBatch;
        this.queue = new ArrayBlockingQueue<>(settings.queueSizeMax());
        publishSnapshot(engine.stateHash());
    }

    /** A command and the caller waiting for its result; {@code retried} when it may already be in the log. */
    private record Submission(EngineCommand command, boolean retried, CompletableFuture<ExecutionResult> result) {
    }

    public String symbol() {
        return instrument.symbol();
    }

    public Instrument instrument() {
        return instrument;
    }

    public MarketSnapshot snapshot() {
        return snapshot;
    }

    /** The checkpoint whose state hash the replay reproduced at start (EMPTY when the log was empty). */
    public Checkpoint verifiedAtRecovery() {
        return verifiedAtRecovery;
    }

    /** Null while healthy; why the runner stopped otherwise. */
    public String failure() {
        return failure;
    }

    /**
     * Queues a command. {@code retried} marks a command that may have entered the log before (a resubmitted
     * pending order): it is looked up first and never executed twice. The future completes once the command's
     * input and outputs are durable, with an empty result if it had already been executed.
     */
    public CompletableFuture<ExecutionResult> submit(EngineCommand command, boolean retried) {
        if (failure != null || !running) {
            throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "the " + symbol() + " engine is not running");
        }
        Submission submission = new Submission(command, retried, new CompletableFuture<>());
        if (!queue.offer(submission)) {
            throw new BusinessException(ErrorCode.MARKET_BUSY, symbol() + " has " + queue.size() + " commands waiting");
        }
        return submission.result();
    }

    /**
     * Rebuilds the book from the log: commands up to the checkpoint are replayed and the state hash there must equal
     * the stored one; the outputs of commands after it are written again (idempotently).
     */
    public void recover() {
        Checkpoint checkpoint = journal.checkpoint(symbol());
        long after = restoreSnapshot(checkpoint);
        int replayed = 0;
        while (true) {
            List<LoggedCommand> page = journal.read(symbol(), after, settings.recoveryPageSize());
            if (page.isEmpty()) {
                break;
            }
            List<LoggedCommand> unapplied = new ArrayList<>();
            for (LoggedCommand entry : page) {
                if (entry.seq() <= checkpoint.appliedSeq()) {
                    executeInOrder(entry);
                    if (entry.seq() == checkpoint.appliedSeq()) {
                        verifyHash(checkpoint);
                        verifiedAtRecovery = checkpoint;
                    }
                } else {
                    unapplied.add(entry);
                }
            }
            if (!unapplied.isEmpty()) {
                executeAndRecord(unapplied);
            }
            replayed += page.size();
            after = page.get(page.size() - 1).seq();
        }
        if (engine.lastSequence() < checkpoint.appliedSeq()) {
            throw new IllegalStateException(symbol() + ": log ends at " + engine.lastSequence()
                    + " but its outputs were checkpointed at " + checkpoint.appliedSeq());
        }
        publishSnapshot(engine.stateHash());
        log.info("{}: recovered from snapshot at {} plus {} logged commands: sequence {}, {} resting orders, "
                        + "state hash {}", symbol(), lastSnapshotSeq, replayed, engine.lastSequence(),
                engine.restingOrderCount(), Long.toHexString(engine.stateHash()));
    }

    /**
     * Starts from the newest snapshot (its own hash is checked by restore); returns the log position to replay from.
     * A snapshot beyond the checkpoint cannot exist (snapshots are taken after the checkpoint moved).
     */
    private long restoreSnapshot(Checkpoint checkpoint) {
        Optional<EngineSnapshot> snapshot = journal.latestSnapshot(symbol());
        if (snapshot.isEmpty()) {
            return 0;
        }
        if (snapshot.get().lastSequence() > checkpoint.appliedSeq()) {
            throw new IllegalStateException(symbol() + ": snapshot at " + snapshot.get().lastSequence()
                    + " is beyond the checkpoint " + checkpoint.appliedSeq());
        }
        engine = MatchingEngine.restore(instrument, EngineLimits.DEFAULT, snapshot.get());
        lastSnapshotSeq = snapshot.get().lastSequence();
        if (lastSnapshotSeq == checkpoint.appliedSeq()) {
            verifyHash(checkpoint);
            verifiedAtRecovery = checkpoint;
        }
        return lastSnapshotSeq;
    }

    /** Every snapshotEveryCommands commands, after the batch's outputs and checkpoint are written. */
    private void snapshotIfDue() {
        if (engine.lastSequence() - lastSnapshotSeq < settings.snapshotEveryCommands()) {
            return;
        }
        try {
            journal.saveSnapshot(symbol(), epoch, engine.snapshot());
            lastSnapshotSeq = engine.lastSequence();
        } catch (EngineJournal.FencedException fenced) {
            throw fenced;
        } catch (RuntimeException e) {
            log.warn("{}: snapshot at {} not stored (recovery replays more of the log): {}", symbol(),
                    engine.lastSequence(), e.toString());
            lastSnapshotSeq = engine.lastSequence();
        }
    }

    private void verifyHash(Checkpoint checkpoint) {
        long hash = engine.stateHash();
        if (hash != checkpoint.stateHash()) {
            throw new IllegalStateException(symbol() + ": replay diverged at " + checkpoint.appliedSeq()
                    + ": state hash " + Long.toHexString(hash) + ", checkpoint " + Long.toHexString(checkpoint.stateHash()));
        }
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "engine-" + symbol());
        thread.start();
    }

    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        failPending("the " + symbol() + " engine stopped");
    }

    private void loop() {
        List<Submission> batch = new ArrayList<>(settings.batchSizeMax());
        while (running) {
            try {
                Submission first = queue.poll(IDLE_POLL_MS, TimeUnit.MILLISECONDS);
                runInspections();
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, settings.batchSizeMax() - 1);
                process(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The book may now be ahead of what is written: stop, and let a restart recover from the log.
                failure = e.toString();
                log.error("{}: engine stopped; restart recovers it from the log", symbol(), e);
                batch.forEach(s -> s.result().completeExceptionally(unavailable()));
                failPending(failure);
                running = false;
                return;
            } finally {
                batch.clear();
            }
        }
    }

    /** Up to {@code max} resting orders, best first per side (buys then sells), read on the engine thread. */
    public List<RestingOrder> restingOrders(int max, long timeoutMs) {
        CompletableFuture<List<RestingOrder>> answer = new CompletableFuture<>();
        inspections.add(() -> {
            List<RestingOrder> orders = new ArrayList<>();
            for (Side side : Side.values()) {
                engine.restingOrders(side).stream().limit(max - orders.size()).forEach(orders::add);
            }
            answer.complete(orders);
        });
        try {
            return answer.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "the " + symbol() + " engine did not answer");
        }
    }

    private void runInspections() {
        Runnable inspection;
        while ((inspection = inspections.poll()) != null) {
            inspection.run();
        }
    }

    private void process(List<Submission> batch) {
        List<Submission> fresh = withoutAlreadyLogged(batch);
        for (int attempt = 1; !fresh.isEmpty(); attempt++) {
            List<LoggedCommand> entries = positions(fresh);
            long appendStarted = System.nanoTime();
            try {
                journal.append(symbol(), epoch, entries);
            } catch (EngineJournal.FencedException fenced) {
                throw fenced;
            } catch (RuntimeException e) {
                log.warn("{}: log append failed (attempt {}), catching up from the log: {}", symbol(), attempt, e.toString());
                catchUp(fresh);
                if (attempt >= settings.appendAttemptsMax() && !fresh.isEmpty()) {
                    fresh.forEach(s -> s.result().completeExceptionally(unavailable()));
                    return;
                }
                continue;
            }
            long executeStarted = System.nanoTime();
            List<ExecutionResult> results = executeAndRecord(entries);
            long done = System.nanoTime();
            metrics.batch(entries.size(), executeStarted - appendStarted, lastExecuteNanos, done - executeStarted - lastExecuteNanos);
            for (int i = 0; i < fresh.size(); i++) {
                fresh.get(i).result().complete(results.get(i));
            }
            break;
        }
        afterBatch.accept(lastOutcome);
    }

    /** Retried submissions whose order already entered the log complete at once with an empty result. */
    private List<Submission> withoutAlreadyLogged(List<Submission> batch) {
        List<Long> retriedPlaces = batch.stream().filter(s -> s.retried() && s.command() instanceof PlaceOrder)
                .map(s -> s.command().orderId()).toList();
        Set<Long> logged = retriedPlaces.isEmpty() ? Set.of() : journal.placed(symbol(), retriedPlaces);
        List<Submission> fresh = new ArrayList<>(batch.size());
        for (Submission s : batch) {
            if (s.command() instanceof PlaceOrder && logged.contains(s.command().orderId())) {
                s.result().complete(new ExecutionResult(0, List.of()));
            } else {
                fresh.add(s);
            }
        }
        return fresh;
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

    /** Executes what the log holds beyond our book; answers submissions found there; leaves the rest in {@code pending}. */
    private void catchUp(List<Submission> pending) {
        List<LoggedCommand> entries = journal.read(symbol(), engine.lastSequence(), settings.recoveryPageSize());
        if (entries.isEmpty()) {
            return;
        }
        List<ExecutionResult> results = executeAndRecord(entries);
        for (int i = 0; i < entries.size(); i++) {
            EngineCommand logged = entries.get(i).command();
            for (Iterator<Submission> it = pending.iterator(); it.hasNext(); ) {
                Submission s = it.next();
                if (s.command().equals(logged)) {
                    s.result().complete(results.get(i));
                    it.remove();
                    break;
                }
            }
        }
    }

    private List<ExecutionResult> executeAndRecord(List<LoggedCommand> entries) {
        long started = System.nanoTime();
        OrderUpdates orders = new OrderUpdates();
        List<TradeRecord> trades = new ArrayList<>();
        List<ExecutionResult> results = new ArrayList<>(entries.size());
        for (LoggedCommand entry : entries) {
            ExecutionResult result = executeInOrder(entry);
            results.add(result);
            orders.addAll(result.events());
            for (EngineEvent event : result.events()) {
                if (event instanceof Trade trade) {
                    trades.add(new TradeRecord(symbol(), trade, entry.loggedAtMs()));
                }
            }
        }
        Checkpoint checkpoint = new Checkpoint(engine.lastSequence(), engine.stateHash());
        var updates = orders.resolve(engine::restingOrder);
        lastExecuteNanos = System.nanoTime() - started;
        lastOutcome = new BatchOutcome(trades.size(),
                (int) updates.stream().filter(u -> u.status().terminal()).count(), updates.size());
        writeWithRetry(() -> outputs.write(instrument, checkpoint.appliedSeq(), trades, updates));
        writeWithRetry(() -> outputs.checkpoint(symbol(), epoch, checkpoint));
        snapshotIfDue();
        publishSnapshot(checkpoint.stateHash());
        return results;
    }

    private ExecutionResult executeInOrder(LoggedCommand entry) {
        ExecutionResult result = engine.execute(entry.command());
        if (result.sequence() != entry.seq()) {
            throw new IllegalStateException(symbol() + ": log entry " + entry.seq() + " executed as " + result.sequence());
        }
        return result;
    }

    private void writeWithRetry(Runnable write) {
        for (int attempt = 1; ; attempt++) {
            try {
                write.run();
                return;
            } catch (EngineJournal.FencedException fenced) {
                throw fenced;
            } catch (RuntimeException e) {
                if (attempt >= settings.outputWriteAttemptsMax()) {
                    throw e;
                }
                log.warn("{}: writing engine outputs failed (attempt {}): {}", symbol(), attempt, e.toString());
                sleepQuietly(Math.min(2_000L, 50L << Math.min(attempt, 6)));
            }
        }
    }

    /** {@code stateHash} of the engine as it is now: O(book), so computed once per batch by the caller. */
    private void publishSnapshot(long stateHash) {
        snapshot = new MarketSnapshot(engine.lastSequence(), stateHash, engine.restingOrderCount(),
                engine.depth(Side.BUY, MarketSnapshot.DEPTH_LEVELS_MAX),
                engine.depth(Side.SELL, MarketSnapshot.DEPTH_LEVELS_MAX),
                engine.marketProtectionPrice(Side.BUY), engine.marketProtectionPrice(Side.SELL));
    }

    private void failPending(String why) {
        Submission s;
        while ((s = queue.poll()) != null) {
            s.result().completeExceptionally(new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, why));
        }
    }

    private BusinessException unavailable() {
        return new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "the " + symbol() + " engine could not log the order");
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }
}
