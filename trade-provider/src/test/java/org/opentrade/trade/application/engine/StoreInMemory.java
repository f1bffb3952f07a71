package org.opentrade.trade.application.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.EngineSnapshot;
import org.opentrade.trade.domain.matching.command.AmendOrder;
import org.opentrade.trade.domain.matching.command.PlaceOrder;
import org.opentrade.trade.domain.order.AmendOutcome;
import org.opentrade.trade.domain.order.OrderTerms;
import org.opentrade.trade.domain.order.OrderUpdate;

/**
 * The log in a list and the outputs in maps, overwritten like the database's idempotent writes, with the failures
 * the pipeline must survive: an append that "commits" and then fails (a lost acknowledgement), appends that fail
 * before committing, outputs or checkpoints that cannot be written.
 */
public final class StoreInMemory implements EngineJournal, EngineOutputs {
    final List<LoggedCommand> entries = new ArrayList<>();
    final List<EngineSnapshot> snapshots = new ArrayList<>();
    /** Order states as the database's columns keep them: the terms an amend wrote stay until another amend's. */
    final Map<Long, OrderUpdate> orders = new LinkedHashMap<>();
    final Map<Long, OrderTerms> terms = new LinkedHashMap<>();
    final Map<Long, TradeRecord> trades = new LinkedHashMap<>();
    final Map<Long, AmendOutcome> amends = new LinkedHashMap<>();
    Checkpoint checkpoint = Checkpoint.EMPTY;
    int entriesRead;
    boolean failAfterCommitOnce;
    int appendsToRefuse;
    boolean outputsBroken;
    boolean checkpointsBroken;

    @Override
    public synchronized void append(String symbol, long epoch, List<LoggedCommand> commands) {
        if (appendsToRefuse > 0) {
            appendsToRefuse--;
            throw new IllegalStateException("database unreachable");
        }
        if (commands.get(0).seq() != entries.size() + 1) {
            throw new LogPositionTakenException("position taken", null);
        }
        entries.addAll(commands);
        if (failAfterCommitOnce) {
            failAfterCommitOnce = false;
            throw new IllegalStateException("connection reset while committing");
        }
    }

    @Override
    public synchronized List<LoggedCommand> read(String symbol, long afterSeq, int limit) {
        List<LoggedCommand> page = entries.stream().filter(e -> e.seq() > afterSeq).limit(limit).toList();
        entriesRead += page.size();
        return page;
    }

    @Override
    public synchronized Set<Long> placed(String symbol, Collection<Long> orderIds) {
        Set<Long> found = new HashSet<>();
        entries.stream().filter(e -> e.command() instanceof PlaceOrder && orderIds.contains(e.command().orderId()))
                .forEach(e -> found.add(e.command().orderId()));
        return found;
    }

    @Override
    public synchronized Set<Long> amended(String symbol, Collection<Long> amendIds) {
        Set<Long> found = new HashSet<>();
        entries.stream().filter(e -> e.command() instanceof AmendOrder a && amendIds.contains(a.amendId()))
                .forEach(e -> found.add(((AmendOrder) e.command()).amendId()));
        return found;
    }

    @Override
    public synchronized void saveSnapshot(String symbol, long epoch, EngineSnapshot snapshot) {
        snapshots.add(snapshot);
    }

    @Override
    public synchronized Optional<EngineSnapshot> latestSnapshot(String symbol) {
        return snapshots.isEmpty() ? Optional.empty() : Optional.of(snapshots.get(snapshots.size() - 1));
    }

    @Override
    public long claim(String symbol) {
        return 1;
    }

    @Override
    public synchronized Checkpoint checkpoint(String symbol) {
        return checkpoint;
    }

    @Override
    public synchronized void write(Instrument instrument, long sequence, List<TradeRecord> tradeRecords,
                                   List<OrderUpdate> updates, List<AmendOutcome> amendOutcomes) {
        if (outputsBroken) {
            throw new IllegalStateException("outputs database unreachable");
        }
        tradeRecords.forEach(t -> trades.putIfAbsent(t.trade().tradeId(), t));
        for (OrderUpdate u : updates) {
            orders.put(u.orderId(), new OrderUpdate(u.orderId(), u.userId(), u.status(), u.remainingQuantity(),
                    u.releaseAmount(), u.reason()));
            if (u.amended() != null) {
                terms.put(u.orderId(), u.amended());
            }
        }
        amendOutcomes.forEach(a -> amends.putIfAbsent(a.amendId(), a));
    }

    @Override
    public synchronized void checkpoint(String symbol, long epoch, Checkpoint value) {
        if (checkpointsBroken) {
            throw new IllegalStateException("checkpoint not written");
        }
        checkpoint = value;
    }
}
