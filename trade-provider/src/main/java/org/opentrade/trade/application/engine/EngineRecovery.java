package org.opentrade.trade.application.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.EngineLimits;
import org.opentrade.trade.domain.matching.EngineSnapshot;
import org.opentrade.trade.domain.matching.MatchingEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds a symbol's book from its durable log before the pipeline starts: the newest snapshot (whose own hash
 * {@code MatchingEngine.restore} checks), then the log after it. At the checkpointed position the book's state hash
 * must equal the stored one, else the symbol refuses to run ("replay diverged"). Commands after the checkpoint
 * are executed and their outputs written again (idempotently), then a checkpoint at the log's end is stored.
 */
final class EngineRecovery {
    private static final Logger log = LoggerFactory.getLogger(EngineRecovery.class);

    private final Instrument instrument;
    private final EngineJournal journal;
    private final EngineSettings settings;

    EngineRecovery(Instrument instrument, EngineJournal journal, EngineSettings settings) {
        this.instrument = instrument;
        this.journal = journal;
        this.settings = settings;
    }

    /** The engine at the newest snapshot (empty without one); refuses a snapshot beyond the checkpoint. */
    MatchingEngine restoreNewestSnapshot(Checkpoint checkpoint) {
        Optional<EngineSnapshot> snapshot = journal.latestSnapshot(instrument.symbol());
        if (snapshot.isEmpty()) {
            return new MatchingEngine(instrument, EngineLimits.DEFAULT);
        }
        if (snapshot.get().lastSequence() > checkpoint.appliedSeq()) {
            throw new IllegalStateException(instrument.symbol() + ": snapshot at " + snapshot.get().lastSequence()
                    + " is beyond the checkpoint " + checkpoint.appliedSeq());
        }
        return MatchingEngine.restore(instrument, EngineLimits.DEFAULT, snapshot.get());
    }

    /**
     * Replays the log after the sequencer's book; returns the checkpoint whose hash the replay reproduced
     * (EMPTY when the log was empty).
     */
    Checkpoint replay(Checkpoint checkpoint, Sequencer sequencer, OutputStage outputs) {
        MatchingEngine engine = sequencer.engine();
        long fromSnapshot = engine.lastSequence();
        Checkpoint verified = Checkpoint.EMPTY;
        if (fromSnapshot > 0 && fromSnapshot == checkpoint.appliedSeq()) {
            verified = verify(engine, checkpoint);
        }
        long after = fromSnapshot;
        int replayed = 0;
        boolean rederived = false;
        while (true) {
            List<LoggedCommand> page = journal.read(instrument.symbol(), after, settings.recoveryPageSize());
            if (page.isEmpty()) {
                break;
            }
            List<LoggedCommand> unapplied = new ArrayList<>();
            for (LoggedCommand entry : page) {
                if (entry.seq() <= checkpoint.appliedSeq()) {
                    sequencer.executeInOrder(entry);
                    if (entry.seq() == checkpoint.appliedSeq()) {
                        verified = verify(engine, checkpoint);
                    }
                } else {
                    unapplied.add(entry);
                }
            }
            if (!unapplied.isEmpty()) {
                outputs.write(sequencer.execute(List.of(), unapplied));
                rederived = true;
            }
            replayed += page.size();
            after = page.get(page.size() - 1).seq();
        }
        if (engine.lastSequence() < checkpoint.appliedSeq()) {
            throw new IllegalStateException(instrument.symbol() + ": log ends at " + engine.lastSequence()
                    + " but its outputs were checkpointed at " + checkpoint.appliedSeq());
        }
        if (rederived) {
            outputs.checkpointNow(sequencer.checkpointNow());
        }
        log.info("{}: recovered from snapshot at {} plus {} logged commands: sequence {}, {} resting orders",
                instrument.symbol(), fromSnapshot, replayed, engine.lastSequence(), engine.restingOrderCount());
        return verified;
    }

    private Checkpoint verify(MatchingEngine engine, Checkpoint checkpoint) {
        long hash = engine.stateHash();
        if (hash != checkpoint.stateHash()) {
            throw new IllegalStateException(instrument.symbol() + ": replay diverged at " + checkpoint.appliedSeq()
                    + ": state hash " + Long.toHexString(hash) + ", checkpoint " + Long.toHexString(checkpoint.stateHash()));
        }
        return checkpoint;
    }
}
