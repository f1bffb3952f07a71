package org.opentrade.trade.application.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.ExecutionResult;
import org.opentrade.trade.domain.matching.event.AmendRejected;
import org.opentrade.trade.domain.matching.event.CancelRejected;
import org.opentrade.trade.domain.order.OrderUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stage after the log: writes a batch's outputs (trades, fills, order states; retried, bounded), then the
 * checkpoint and the snapshot when the batch carries them, then answers the callers from the batch itself (no
 * re-read) and tells the workers behind it (settlement, releases, events). A caller is answered only once its
 * order's state is in the database, so what it reads next agrees with what it was told.
 */
final class OutputStage {
    private static final Logger log = LoggerFactory.getLogger(OutputStage.class);

    private final Instrument instrument;
    private final long epoch;
    private final EngineOutputs outputs;
    private final EngineJournal journal;
    private final EngineSettings settings;
    private final EngineMetrics metrics;
    private final Consumer<BatchOutcome> afterBatch;
    private volatile Checkpoint written = Checkpoint.EMPTY;

    OutputStage(Instrument instrument, long epoch, EngineOutputs outputs, EngineJournal journal,
                EngineSettings settings, EngineMetrics metrics, Consumer<BatchOutcome> afterBatch) {
        this.instrument = instrument;
        this.epoch = epoch;
        this.outputs = outputs;
        this.journal = journal;
        this.settings = settings;
        this.metrics = metrics;
        this.afterBatch = afterBatch;
    }

    /** The newest checkpoint stored by this stage. */
    Checkpoint written() {
        return written;
    }

    void write(ExecutedBatch batch) {
        long started = System.nanoTime();
        writeWithRetry(() -> outputs.write(instrument, batch.lastSeq(), batch.trades(), batch.updates(), batch.amends()));
        if (batch.checkpoint() != null) {
            writeWithRetry(() -> outputs.checkpoint(instrument.symbol(), epoch, batch.checkpoint()));
            written = batch.checkpoint();
        }
        if (batch.snapshot() != null) {
            storeSnapshot(batch);
        }
        answer(batch);
        metrics.outputs(System.nanoTime() - started);
        afterBatch.accept(BatchOutcome.of(batch));
    }

    /** Stores a checkpoint outside a batch (the end of recovery). */
    void checkpointNow(Checkpoint checkpoint) {
        writeWithRetry(() -> outputs.checkpoint(instrument.symbol(), epoch, checkpoint));
        written = checkpoint;
    }

    private void answer(ExecutedBatch batch) {
        List<Submission> submissions = batch.submissions();
        if (submissions.isEmpty()) {
            return;
        }
        Map<Long, OrderUpdate> byOrder = new HashMap<>(batch.updates().size() * 2);
        batch.updates().forEach(u -> byOrder.put(u.orderId(), u));
        for (int i = 0; i < submissions.size(); i++) {
            Submission s = submissions.get(i);
            ExecutionResult result = batch.results().get(i);
            boolean refused = result.events().stream()
                    .anyMatch(e -> e instanceof CancelRejected || e instanceof AmendRejected);
            s.complete(new CommandOutcome(result, refused ? null : byOrder.get(s.command().orderId())));
        }
    }

    /** A snapshot that cannot be stored costs only a longer replay; a fenced writer must stop. */
    private void storeSnapshot(ExecutedBatch batch) {
        try {
            journal.saveSnapshot(instrument.symbol(), epoch, batch.snapshot());
        } catch (EngineJournal.FencedException fenced) {
            throw fenced;
        } catch (RuntimeException e) {
            log.warn("{}: snapshot at {} not stored (recovery replays more of the log): {}", instrument.symbol(),
                    batch.snapshot().lastSequence(), e.toString());
        }
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
                log.warn("{}: writing engine outputs failed (attempt {}): {}", instrument.symbol(), attempt, e.toString());
                sleepQuietly(Math.min(2_000L, 50L << Math.min(attempt, 6)));
            }
        }
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
