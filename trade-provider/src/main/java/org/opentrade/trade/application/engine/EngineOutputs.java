package org.opentrade.trade.application.engine;

import java.util.List;

import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.order.AmendOutcome;
import org.opentrade.trade.domain.order.OrderUpdate;

/**
 * Where the engine's results go: trades (the tape and the settlement outbox), both users' fills, order states, the
 * outcomes of amends (with what each releases).
 * Every write is idempotent (absolute values, insert-if-absent), so re-deriving the outputs of a log suffix after a
 * crash rewrites the same rows; the checkpoint moves only after they are all written.
 */
public interface EngineOutputs {

    /** {@code sequence}: the last command of the batch; order states are as of it (and never overwrite a later one). */
    void write(Instrument instrument, long sequence, List<TradeRecord> trades, List<OrderUpdate> orders,
               List<AmendOutcome> amends);

    /** Moves the checkpoint, only while {@code epoch} is still the symbol's fencing epoch (else FencedException). */
    void checkpoint(String symbol, long epoch, Checkpoint checkpoint);
}
