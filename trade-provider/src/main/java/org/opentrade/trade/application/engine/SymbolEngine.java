package org.opentrade.trade.application.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.RestingOrder;
import org.opentrade.trade.domain.matching.Side;

/**
 * One symbol's order pipeline, three stages on three threads joined by bounded queues, each working on a different
 * batch at the same time: <b>reserve</b> (pre-trade risk, the orders stored, their funds frozen: one call of each
 * kind per batch, {@link BatchReservation}), <b>sequence</b> (the log append, one transaction per batch, then the
 * book: {@link Sequencer}, the only thread that touches the book) and <b>outputs</b> (trades, fills, order states,
 * checkpoints, then the answers: {@link OutputStage}). An answered order and its fills survive a kill -9: the log
 * rebuilds the book and re-derives any output not yet written ({@link EngineRecovery}).
 */
public final class SymbolEngine {
    static final int RESERVED_BATCHES_MAX = 4;
    static final int EXECUTED_BATCHES_MAX = 8;

    private final Instrument instrument;
    private final long epoch;
    private final EngineJournal journal;
    private final BatchReservation reservation;
    private final EngineSettings settings;
    private final Clock clock;
    private final EngineMetrics metrics;
    private final OutputStage outputs;
    private final BlockingQueue<Submission> inbox;
    private final BlockingQueue<List<Submission>> reserved = new ArrayBlockingQueue<>(RESERVED_BATCHES_MAX);
    private final BlockingQueue<ExecutedBatch> executed = new ArrayBlockingQueue<>(EXECUTED_BATCHES_MAX);
    /** Reads of the book's detail, run by the sequencer thread between batches (the book is not thread-safe). */
    private final Queue<Runnable> inspections = new ConcurrentLinkedQueue<>();
    private final List<StageThread<?>> stages = new ArrayList<>(3);
    private Sequencer sequencer;
    private volatile Checkpoint verifiedAtRecovery = Checkpoint.EMPTY;
    private volatile boolean running;
    private volatile String failure;

    public SymbolEngine(Instrument instrument, long epoch, EngineJournal journal, EngineOutputs outputs,
                        BatchReservation reservation, EngineSettings settings, Clock clock, MeterRegistry meters,
                        Consumer<BatchOutcome> afterBatch) {
        this.instrument = instrument;
        this.epoch = epoch;
        this.journal = journal;
        this.reservation = reservation;
        this.settings = settings;
        this.clock = clock;
        this.metrics = new EngineMetrics(meters, instrument.symbol());
        this.outputs = new OutputStage(instrument, epoch, outputs, journal, settings, metrics, afterBatch);
        this.inbox = new ArrayBlockingQueue<>(settings.queueSizeMax());
    }

    public String symbol() {
        return instrument.symbol();
    }

    public Instrument instrument() {
        return instrument;
    }

    public MarketSnapshot snapshot() {
        return sequencer.snapshot();
    }

    /** The checkpoint whose state hash the replay reproduced at start (EMPTY when the log was empty). */
    public Checkpoint verifiedAtRecovery() {
        return verifiedAtRecovery;
    }

    /** Null while healthy; why the pipeline stopped otherwise. */
    public String failure() {
        return failure;
    }

    /** Queues a command; its outcome completes once its batch's outputs are durable. */
    public CompletableFuture<CommandOutcome> submit(Submission submission) {
        if (failure != null || !running) {
            throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "the " + symbol() + " engine is not running");
        }
        if (!inbox.offer(submission)) {
            throw new BusinessException(ErrorCode.MARKET_BUSY, symbol() + " has " + inbox.size() + " commands waiting");
        }
        return submission.outcome();
    }

    /** Rebuilds the book from the log and writes what its last batches left unwritten; before {@link #start}. */
    public void recover() {
        EngineRecovery recovery = new EngineRecovery(instrument, journal, settings);
        Checkpoint checkpoint = journal.checkpoint(symbol());
        sequencer = new Sequencer(recovery.restoreNewestSnapshot(checkpoint), epoch, journal, reservation, settings,
                clock, metrics);
        verifiedAtRecovery = recovery.replay(checkpoint, sequencer, outputs);
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        stages.add(new StageThread<>("reserve-" + symbol(), inbox, settings.batchSizeMax(), this::reserve,
                () -> { }, (e, held) -> fail(e, held, List.of())));
        stages.add(new StageThread<>("engine-" + symbol(), reserved, RESERVED_BATCHES_MAX, this::sequence,
                this::runInspections, (e, held) -> fail(e, List.of(), flatten(held))));
        stages.add(new StageThread<>("outputs-" + symbol(), executed, 1, this::writeOutputs,
                () -> { }, (e, held) -> fail(e, List.of(), held.stream().flatMap(b -> b.submissions().stream()).toList())));
        stages.forEach(StageThread::start);
    }

    public void stop() {
        running = false;
        stages.forEach(StageThread::stop);
        failQueued("the " + symbol() + " engine stopped");
    }

    /** Up to {@code max} resting orders, best first per side (buys then sells), read on the sequencer thread. */
    public List<RestingOrder> restingOrders(int max, long timeoutMs) {
        CompletableFuture<List<RestingOrder>> answer = new CompletableFuture<>();
        inspections.add(() -> {
            List<RestingOrder> orders = new ArrayList<>();
            for (Side side : Side.values()) {
                sequencer.engine().restingOrders(side).stream().limit(max - orders.size()).forEach(orders::add);
            }
            answer.complete(orders);
        });
        try {
            return answer.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "the " + symbol() + " engine did not answer");
        }
    }

    private void reserve(List<Submission> batch) {
        long started = System.nanoTime();
        List<Submission> passed;
        try {
            passed = reservation.reserve(batch, sequencer.snapshot());
        } catch (RuntimeException unknown) {
            reservation.abandon(batch.stream().filter(s -> !s.answered()).toList(), ErrorCode.SERVICE_UNAVAILABLE);
            return;
        }
        metrics.reserved(System.nanoTime() - started);
        if (!passed.isEmpty()) {
            put(reserved, List.copyOf(passed));
        }
    }

    private void sequence(List<List<Submission>> batches) {
        for (ExecutedBatch batch : sequencer.logAndExecute(flatten(batches))) {
            put(executed, batch);
        }
    }

    private void writeOutputs(List<ExecutedBatch> batches) {
        batches.forEach(outputs::write);
    }

    private void runInspections() {
        Runnable inspection;
        while ((inspection = inspections.poll()) != null) {
            inspection.run();
        }
    }

    /** Blocks while the next stage is behind (backpressure reaches the inbox, which answers MARKET_BUSY when full). */
    private static <T> void put(BlockingQueue<T> queue, T item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped while handing a batch on", e);
        }
    }

    /**
     * A stage failed: the pipeline stops. What was reserved but never logged is given back (503: not placed);
     * what may be in the log is answered ORDER_STATUS_UNKNOWN (a restart recovers it; the client reads it).
     */
    private void fail(RuntimeException e, List<Submission> unlogged, List<Submission> maybeLogged) {
        failure = e.toString();
        running = false;
        stages.forEach(StageThread::stop);
        reservation.abandon(unanswered(unlogged), ErrorCode.SERVICE_UNAVAILABLE);
        unanswered(maybeLogged).forEach(s -> s.refuse(new BusinessException(ErrorCode.ORDER_STATUS_UNKNOWN,
                "the " + symbol() + " engine stopped after logging this order; repeat it with the same clientOrderId to get its outcome")));
        failQueued(failure);
    }

    private void failQueued(String why) {
        List<Submission> waiting = new ArrayList<>();
        inbox.drainTo(waiting);
        waiting.forEach(s -> s.refuse(new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, why)));
        List<List<Submission>> reservedBatches = new ArrayList<>();
        reserved.drainTo(reservedBatches);
        reservation.abandon(unanswered(flatten(reservedBatches)), ErrorCode.SERVICE_UNAVAILABLE);
        List<ExecutedBatch> logged = new ArrayList<>();
        executed.drainTo(logged);
        logged.stream().flatMap(b -> b.submissions().stream()).filter(s -> !s.answered())
                .forEach(s -> s.refuse(new BusinessException(ErrorCode.ORDER_STATUS_UNKNOWN, why)));
    }

    private static List<Submission> flatten(List<List<Submission>> batches) {
        List<Submission> all = new ArrayList<>();
        batches.forEach(all::addAll);
        return all;
    }

    private static List<Submission> unanswered(List<Submission> submissions) {
        return submissions.stream().filter(s -> !s.answered()).toList();
    }
}
