package org.opentrade.trade.application.engine;

import java.util.List;

import org.opentrade.trade.domain.matching.EngineSnapshot;
import org.opentrade.trade.domain.matching.ExecutionResult;
import org.opentrade.trade.domain.order.AmendOutcome;
import org.opentrade.trade.domain.order.OrderUpdate;

/**
 * A batch that is in the log and executed, on its way to the output stage: what to write (trades, order states as
 * of {@code lastSeq}, the outcomes of its amends), whom to answer, and, when due, the checkpoint and snapshot to store once it is written.
 *
 * @param submissions    the callers, one per entry (recovery and catch-up batches have none)
 * @param checkpoint     non-null when this batch closes a checkpoint interval
 * @param snapshot       non-null when a snapshot is due at {@code lastSeq}
 */
public record ExecutedBatch(List<Submission> submissions, List<LoggedCommand> entries, List<ExecutionResult> results,
                            List<TradeRecord> trades, List<OrderUpdate> updates, List<AmendOutcome> amends,
                            long lastSeq,
                            Checkpoint checkpoint, EngineSnapshot snapshot) {
}
