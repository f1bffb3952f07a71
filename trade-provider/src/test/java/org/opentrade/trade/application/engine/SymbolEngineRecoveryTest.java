package org.opentrade.trade.application.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.EngineLimits;
import org.opentrade.trade.domain.matching.EngineSnapshot;
import org.opentrade.trade.domain.matching.MatchingEngine;
import org.opentrade.trade.domain.matching.ExecutionResult;
import org.opentrade.trade.domain.matching.OrderType;
import org.opentrade.trade.domain.matching.Side;
import org.opentrade.trade.domain.matching.TestInstruments;
import org.opentrade.trade.domain.matching.TimeInForce;
import org.opentrade.trade.domain.matching.command.CancelOrder;
import org.opentrade.trade.domain.matching.command.EngineCommand;
import org.opentrade.trade.domain.matching.command.PlaceOrder;
import org.opentrade.trade.domain.order.OrderUpdate;

/**
 * The runner's durability rules, with the log and outputs kept in memory (the real ones are exercised against
 * MariaDB by TradeRecoveryIT): a restarted engine rebuilds the same book from the log, re-derives outputs that
 * were not written, and a batch whose append committed although the writer saw an error is not executed twice.
 */
class SymbolEngineRecoveryTest {

    static final Instrument BTC_USD = TestInstruments.btcUsd();
    static final EngineSettings SETTINGS = new EngineSettings(64, 10_000, 3, 3, 1_000, 1_000_000);
    static final EngineSettings SNAPSHOTTING = new EngineSettings(64, 10_000, 3, 3, 1_000, 500);

    @Test
    void aRestartedEngineRebuildsTheSameBookAndRewritesOnlyTheMissingOutputs() throws Exception {
        StoreInMemory store = new StoreInMemory();
        SymbolEngine first = started(store);
        List<CompletableFuture<ExecutionResult>> answers = new ArrayList<>();
        for (EngineCommand command : randomCommands(7, 3_000)) {
            answers.add(first.submit(command, false));
        }
        for (CompletableFuture<ExecutionResult> answer : answers) {
            answer.get(10, TimeUnit.SECONDS);
        }
        first.stop();
        MarketSnapshot before = first.snapshot();
        Map<Long, OrderUpdate> ordersBefore = new LinkedHashMap<>(store.orders);
        int tradesBefore = store.trades.size();
        assertThat(tradesBefore).isGreaterThan(100);

        // A crash after the log append but before the outputs: the checkpoint lags behind the log, and the
        // outputs after it are lost.
        int half = store.entries.size() / 2;
        List<EngineCommand> firstHalf = store.entries.subList(0, half).stream().map(LoggedCommand::command).toList();
        store.checkpoint = new Checkpoint(half, MatchingEngine.rebuild(BTC_USD, EngineLimits.DEFAULT, firstHalf).stateHash());
        store.orders.clear();
        store.trades.values().removeIf(t -> t.trade().sequence() > half);
        SymbolEngine second = new SymbolEngine(BTC_USD, 1, store, store, SETTINGS, Clock.systemUTC(), new SimpleMeterRegistry(), outcome -> { });
        second.recover();

        assertThat(second.snapshot().stateHash()).isEqualTo(before.stateHash());
        assertThat(second.snapshot().sequence()).isEqualTo(before.sequence());
        assertThat(second.snapshot().bids()).isEqualTo(before.bids());
        assertThat(store.trades).hasSize(tradesBefore);
        assertThat(store.checkpoint.appliedSeq()).isEqualTo(store.entries.size());
        assertThat(store.orders).isNotEmpty();
        store.orders.forEach((id, update) -> assertThat(update).isEqualTo(ordersBefore.get(id)));
    }

    @Test
    void recoveryStartsFromTheNewestSnapshotAndReplaysOnlyTheLogAfterIt() throws Exception {
        StoreInMemory store = new StoreInMemory();
        SymbolEngine first = new SymbolEngine(BTC_USD, 1, store, store, SNAPSHOTTING, Clock.systemUTC(),
                new SimpleMeterRegistry(), outcome -> { });
        first.recover();
        first.start();
        for (EngineCommand command : randomCommands(11, 2_600)) {
            first.submit(command, false).get(10, TimeUnit.SECONDS);
        }
        first.stop();
        assertThat(store.snapshots).hasSizeGreaterThanOrEqualTo(4);
        long snapshotSeq = store.snapshots.get(store.snapshots.size() - 1).lastSequence();

        store.entriesRead = 0;
        SymbolEngine second = new SymbolEngine(BTC_USD, 2, store, store, SNAPSHOTTING, Clock.systemUTC(),
                new SimpleMeterRegistry(), outcome -> { });
        second.recover();

        assertThat(store.entriesRead).isEqualTo(store.entries.size() - snapshotSeq);
        assertThat(second.snapshot().stateHash()).isEqualTo(first.snapshot().stateHash());
        assertThat(second.verifiedAtRecovery().appliedSeq()).isEqualTo(store.entries.size());
    }

    @Test
    void aReplayThatDoesNotReachTheCheckpointedHashRefusesToStart() {
        StoreInMemory store = new StoreInMemory();
        store.entries.add(new LoggedCommand(1, 1, place(1, 1, Side.SELL, 10_000_00000000L)));
        store.checkpoint = new Checkpoint(1, 42);
        SymbolEngine engine = new SymbolEngine(BTC_USD, 1, store, store, SETTINGS, Clock.systemUTC(), new SimpleMeterRegistry(), outcome -> { });
        assertThatThrownBy(engine::recover).hasMessageContaining("replay diverged");
    }

    @Test
    void aBatchThatCommittedDespiteAnErrorIsTakenFromTheLogNotExecutedTwice() throws Exception {
        StoreInMemory store = new StoreInMemory();
        store.failAfterCommitOnce = true;
        SymbolEngine engine = started(store);
        ExecutionResult sell = engine.submit(place(1, 1, Side.SELL, 100_00000000L), false).get(10, TimeUnit.SECONDS);
        ExecutionResult buy = engine.submit(place(2, 2, Side.BUY, 100_00000000L), false).get(10, TimeUnit.SECONDS);
        engine.stop();

        assertThat(store.entries).hasSize(2);
        assertThat(sell.sequence()).isEqualTo(1);
        assertThat(buy.sequence()).isEqualTo(2);
        assertThat(store.trades).hasSize(1);
    }

    private static SymbolEngine started(StoreInMemory store) {
        SymbolEngine engine = new SymbolEngine(BTC_USD, 1, store, store, SETTINGS, Clock.systemUTC(), new SimpleMeterRegistry(), outcome -> { });
        engine.recover();
        engine.start();
        return engine;
    }

    private static PlaceOrder place(long orderId, long userId, Side side, long price) {
        return new PlaceOrder(orderId, userId, side, OrderType.LIMIT, TimeInForce.GTC, false, price, 1_000_000L);
    }

    /** Limit orders around 100.00 from four users, and cancels of earlier ones. */
    private static List<EngineCommand> randomCommands(long seed, int count) {
        Random random = new Random(seed);
        List<EngineCommand> commands = new ArrayList<>();
        List<PlaceOrder> placed = new ArrayList<>();
        for (long id = 1; id <= count; id++) {
            if (!placed.isEmpty() && random.nextInt(4) == 0) {
                PlaceOrder victim = placed.get(random.nextInt(placed.size()));
                commands.add(new CancelOrder(victim.orderId(), victim.userId()));
                continue;
            }
            Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
            long price = (9_900 + random.nextInt(200)) * 1_000_000L;
            long quantity = (1 + random.nextInt(100)) * 1_000_000L;
            PlaceOrder order = new PlaceOrder(id, 1 + random.nextInt(4), side, OrderType.LIMIT,
                    random.nextInt(5) == 0 ? TimeInForce.IOC : TimeInForce.GTC, false, price, quantity);
            placed.add(order);
            commands.add(order);
        }
        return commands;
    }

    /**
     * The log in a list and the outputs in maps, overwritten like the database's idempotent writes. An append can
     * fail once after "committing", like a lost commit acknowledgement.
     */
    static final class StoreInMemory implements EngineJournal, EngineOutputs {
        final List<LoggedCommand> entries = new ArrayList<>();
        final List<EngineSnapshot> snapshots = new ArrayList<>();
        int entriesRead;
        final Map<Long, OrderUpdate> orders = new LinkedHashMap<>();
        final Map<Long, TradeRecord> trades = new LinkedHashMap<>();
        Checkpoint checkpoint = Checkpoint.EMPTY;
        boolean failAfterCommitOnce;

        @Override
        public synchronized void append(String symbol, long epoch, List<LoggedCommand> commands) {
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
        public void saveSnapshot(String symbol, long epoch, EngineSnapshot snapshot) {
            snapshots.add(snapshot);
        }

        @Override
        public Optional<EngineSnapshot> latestSnapshot(String symbol) {
            return snapshots.isEmpty() ? Optional.empty() : Optional.of(snapshots.get(snapshots.size() - 1));
        }

        @Override
        public long claim(String symbol) {
            return 1;
        }

        @Override
        public Checkpoint checkpoint(String symbol) {
            return checkpoint;
        }

        @Override
        public void write(Instrument instrument, long sequence, List<TradeRecord> tradeRecords, List<OrderUpdate> updates) {
            tradeRecords.forEach(t -> trades.putIfAbsent(t.trade().tradeId(), t));
            updates.forEach(u -> orders.put(u.orderId(), u));
        }

        @Override
        public void checkpoint(String symbol, long epoch, Checkpoint value) {
            checkpoint = value;
        }
    }
}
