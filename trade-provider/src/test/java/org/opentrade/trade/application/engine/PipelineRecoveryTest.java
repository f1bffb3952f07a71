package org.opentrade.trade.application.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.EngineLimits;
import org.opentrade.trade.domain.matching.MatchingEngine;
import org.opentrade.trade.domain.matching.Reservation;
import org.opentrade.trade.domain.matching.OrderType;
import org.opentrade.trade.domain.matching.Side;
import org.opentrade.trade.domain.matching.TestInstruments;
import org.opentrade.trade.domain.matching.TimeInForce;
import org.opentrade.trade.domain.matching.command.AmendOrder;
import org.opentrade.trade.domain.matching.command.CancelOrder;
import org.opentrade.trade.domain.matching.command.EngineCommand;
import org.opentrade.trade.domain.matching.command.PlaceOrder;
import org.opentrade.trade.domain.order.AmendOutcome;
import org.opentrade.trade.domain.order.AmendStatus;
import org.opentrade.trade.domain.order.OrderRecord;
import org.opentrade.trade.domain.order.OrderTerms;
import org.opentrade.trade.domain.order.OrderStatus;
import org.opentrade.trade.domain.order.OrderUpdate;

/**
 * The pipeline's durability rules, with the log and outputs kept in memory (the real ones are exercised against
 * MariaDB by TradeRecoveryIT): a crash between any two stages leaves a log from which a restarted engine rebuilds
 * the same book and outputs; nothing reserved but never logged stays reserved; nothing logged is executed twice.
 */
class PipelineRecoveryTest {

    static final Instrument BTC_USD = TestInstruments.btcUsd();
    static final EngineSettings SETTINGS = new EngineSettings(64, 10_000, 3, 3, 1_000, 1_000_000, 500, 1_000);
    static final EngineSettings SNAPSHOTTING = new EngineSettings(64, 10_000, 3, 3, 1_000, 500, 500, 1_000);
    static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(30);

    final StoreInMemory store = new StoreInMemory();
    final PassThroughReservation reservation = new PassThroughReservation();

    @Test
    void aRestartedEngineRebuildsTheSameBookAndRewritesOnlyTheMissingOutputs() throws Exception {
        SymbolEngine first = started(store, SETTINGS);
        awaitAll(submitAll(first, randomCommands(7, 3_000)));
        first.stop();
        MarketSnapshot before = first.snapshot();
        Map<Long, OrderUpdate> ordersBefore = new LinkedHashMap<>(store.orders);
        Map<Long, AmendOutcome> amendsBefore = new LinkedHashMap<>(store.amends);
        Map<Long, OrderTerms> termsBefore = new LinkedHashMap<>(store.terms);
        int tradesBefore = store.trades.size();
        assertThat(tradesBefore).isGreaterThan(100);
        assertThat(amendsBefore.values()).extracting(AmendOutcome::status)
                .contains(AmendStatus.APPLIED, AmendStatus.REFUSED);

        // a crash after the log append but before the outputs: the checkpoint lags, the outputs after it are lost
        int half = store.entries.size() / 2;
        List<EngineCommand> firstHalf = store.entries.subList(0, half).stream().map(LoggedCommand::command).toList();
        store.checkpoint = new Checkpoint(half, MatchingEngine.rebuild(BTC_USD, EngineLimits.DEFAULT, firstHalf).stateHash());
        store.orders.clear();
        store.terms.clear();
        store.trades.values().removeIf(t -> t.trade().sequence() > half);
        store.entries.stream().filter(e -> e.seq() > half && e.command() instanceof AmendOrder)
                .forEach(e -> store.amends.remove(((AmendOrder) e.command()).amendId()));
        SymbolEngine second = engine(store, SETTINGS, 2);
        second.recover();

        assertThat(second.snapshot().sequence()).isEqualTo(before.sequence());
        assertThat(second.snapshot().bids()).isEqualTo(before.bids());
        assertThat(second.snapshot().asks()).isEqualTo(before.asks());
        assertThat(store.trades).hasSize(tradesBefore);
        assertThat(store.checkpoint.appliedSeq()).isEqualTo(store.entries.size());
        assertThat(store.orders).isNotEmpty();
        store.orders.forEach((id, update) -> assertThat(update).isEqualTo(ordersBefore.get(id)));
        assertThat(store.terms).isNotEmpty();
        store.terms.forEach((id, terms) -> assertThat(terms).isEqualTo(termsBefore.get(id)));
        assertThat(store.amends).isEqualTo(amendsBefore);
    }

    @Test
    void recoveryStartsFromTheNewestSnapshotAndReplaysOnlyTheLogAfterIt() throws Exception {
        SymbolEngine first = started(store, SNAPSHOTTING);
        for (EngineCommand command : randomCommands(11, 2_600)) {
            first.submit(submission(command)).get(10, TimeUnit.SECONDS);
        }
        first.stop();
        assertThat(store.snapshots).hasSizeGreaterThanOrEqualTo(4);
        long snapshotSeq = store.snapshots.get(store.snapshots.size() - 1).lastSequence();
        long hashBefore = MatchingEngine.rebuild(BTC_USD, EngineLimits.DEFAULT,
                store.entries.stream().map(LoggedCommand::command).toList()).stateHash();

        store.entriesRead = 0;
        long checkpointed = store.checkpoint.appliedSeq();
        SymbolEngine second = engine(store, SNAPSHOTTING, 2);
        second.recover();

        assertThat(store.entriesRead).isEqualTo(store.entries.size() - snapshotSeq);
        assertThat(second.snapshot().stateHash()).isEqualTo(hashBefore);
        assertThat(second.verifiedAtRecovery().appliedSeq()).isEqualTo(checkpointed);
        assertThat(store.checkpoint.appliedSeq()).isEqualTo(store.entries.size());
    }

    @Test
    void aReplayThatDoesNotReachTheCheckpointedHashRefusesToStart() {
        store.entries.add(new LoggedCommand(1, 1, place(1, 1, Side.SELL, 10_000_00000000L)));
        store.checkpoint = new Checkpoint(1, 42);
        SymbolEngine engine = engine(store, SETTINGS, 1);
        assertThatThrownBy(engine::recover).hasMessageContaining("replay diverged");
    }

    @Test
    void aBatchThatCommittedDespiteAnErrorIsTakenFromTheLogNotExecutedTwice() throws Exception {
        store.failAfterCommitOnce = true;
        SymbolEngine engine = started(store, SETTINGS);
        CommandOutcome sell = engine.submit(submission(place(1, 1, Side.SELL, 100_00000000L))).get(10, TimeUnit.SECONDS);
        CommandOutcome buy = engine.submit(submission(place(2, 2, Side.BUY, 100_00000000L))).get(10, TimeUnit.SECONDS);
        engine.stop();

        assertThat(store.entries).hasSize(2);
        assertThat(sell.result().sequence()).isEqualTo(1);
        assertThat(buy.result().sequence()).isEqualTo(2);
        assertThat(buy.order().status()).isEqualTo(OrderStatus.FILLED);
        assertThat(store.trades).hasSize(1);
        assertThat(reservation.abandoned).isEmpty();
    }

    /** Crash between reserve and log: reserved, never logged, so given back and told "not placed". */
    @Test
    void ordersThatNeverReachTheLogAreGivenBackAndAnsweredNotPlaced() throws Exception {
        store.appendsToRefuse = SETTINGS.appendAttemptsMax();
        SymbolEngine engine = started(store, SETTINGS);
        Submission order = submission(place(1, 1, Side.SELL, 100_00000000L));

        assertThat(refusal(engine.submit(order))).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);

        assertThat(store.entries).isEmpty();
        assertThat(reservation.abandoned).containsExactly(order);
        // the engine still runs: the next order goes through
        assertThat(engine.submit(submission(place(2, 1, Side.SELL, 100_00000000L))).get(10, TimeUnit.SECONDS)
                .order().status()).isEqualTo(OrderStatus.NEW);
        engine.stop();
    }

    @Test
    void anOrderPastItsDeadlineBeforeTheLogNeverEntersIt() {
        SymbolEngine engine = started(store, SETTINGS);
        Submission late = new Submission(place(1, 1, Side.SELL, 100_00000000L), record(1, 1), System.nanoTime() - 1);

        assertThat(refusal(engine.submit(late))).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);

        assertThat(store.entries).isEmpty();
        assertThat(reservation.abandoned).containsExactly(late);
        engine.stop();
    }

    /** Crash between log and outputs: the caller hears "status unknown"; a restart writes what the log says. */
    @Test
    void loggedOrdersWhoseOutputsFailAreUnknownToTheCallerAndWrittenByTheNextOwner() throws Exception {
        SymbolEngine first = started(store, SETTINGS);
        first.submit(submission(place(1, 1, Side.SELL, 100_00000000L))).get(10, TimeUnit.SECONDS);
        store.outputsBroken = true;
        Submission buy = submission(place(2, 2, Side.BUY, 100_00000000L));

        assertThat(refusal(first.submit(buy))).isEqualTo(ErrorCode.ORDER_STATUS_UNKNOWN);
        assertThat(first.failure()).isNotNull();
        assertThat(reservation.abandoned).isEmpty();
        assertThat(store.entries).hasSize(2);

        store.outputsBroken = false;
        engine(store, SETTINGS, 2).recover();
        assertThat(store.orders.get(2L).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(store.trades).hasSize(1);
        assertThat(store.checkpoint.appliedSeq()).isEqualTo(2);
    }

    /** Crash between outputs and checkpoint: nothing lost, nothing doubled, the next owner moves the checkpoint. */
    @Test
    void aCheckpointThatCannotBeWrittenStopsTheEngineAndTheNextOwnerCompletesIt() throws Exception {
        EngineSettings everyCommand = new EngineSettings(64, 10_000, 3, 2, 1_000, 1_000_000, 1, 1_000);
        SymbolEngine first = started(store, everyCommand);
        first.submit(submission(place(1, 1, Side.SELL, 100_00000000L))).get(10, TimeUnit.SECONDS);
        store.checkpointsBroken = true;

        assertThat(refusal(first.submit(submission(place(2, 2, Side.BUY, 100_00000000L)))))
                .isEqualTo(ErrorCode.ORDER_STATUS_UNKNOWN);
        assertThat(store.checkpoint.appliedSeq()).isEqualTo(1);

        store.checkpointsBroken = false;
        SymbolEngine second = engine(store, everyCommand, 2);
        second.recover();
        assertThat(store.checkpoint.appliedSeq()).isEqualTo(2);
        assertThat(store.trades).hasSize(1);
        assertThat(second.verifiedAtRecovery().appliedSeq()).isEqualTo(1);
    }

    @Test
    void aCancelOfAnOrderNoLongerOpenIsAnsweredWithoutAnOrderState() throws Exception {
        SymbolEngine engine = started(store, SETTINGS);
        engine.submit(submission(place(1, 1, Side.SELL, 100_00000000L))).get(10, TimeUnit.SECONDS);
        engine.submit(submission(place(2, 2, Side.BUY, 100_00000000L))).get(10, TimeUnit.SECONDS);

        CommandOutcome cancel = engine.submit(submission(new CancelOrder(1, 1))).get(10, TimeUnit.SECONDS);

        assertThat(cancel.order()).isNull();
        engine.stop();
    }

    private SymbolEngine started(StoreInMemory store, EngineSettings settings) {
        SymbolEngine engine = engine(store, settings, 1);
        engine.recover();
        engine.start();
        return engine;
    }

    private SymbolEngine engine(StoreInMemory store, EngineSettings settings, long epoch) {
        return new SymbolEngine(BTC_USD, epoch, store, store, reservation, settings, Clock.systemUTC(),
                new SimpleMeterRegistry(), outcome -> { });
    }

    private static List<CompletableFuture<CommandOutcome>> submitAll(SymbolEngine engine, List<EngineCommand> commands) {
        List<CompletableFuture<CommandOutcome>> answers = new ArrayList<>();
        commands.forEach(c -> answers.add(engine.submit(submission(c))));
        return answers;
    }

    private static void awaitAll(List<CompletableFuture<CommandOutcome>> answers) throws Exception {
        for (CompletableFuture<CommandOutcome> answer : answers) {
            answer.get(10, TimeUnit.SECONDS);
        }
    }

    static Submission submission(EngineCommand command) {
        return new Submission(command, record(command.orderId(), command.userId()), System.nanoTime() + DEADLINE_NANOS);
    }

    static OrderRecord record(long orderId, long userId) {
        return new OrderRecord(orderId, userId, "c-" + orderId, BTC_USD.symbol(), "BUY", "LIMIT", "GTC", false, 1, 1, 0,
                "USD", 1, OrderStatus.PENDING, null, 0);
    }

    private static ErrorCode refusal(CompletableFuture<CommandOutcome> answer) {
        try {
            answer.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BusinessException b) {
                return b.code();
            }
            throw new AssertionError("not a business refusal", e.getCause());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected a refusal");
    }

    /** An amend as the service would send it for the order as placed (it may have traded since: then it is refused). */
    private static AmendOrder amendOf(PlaceOrder order, long amendId, Random random) {
        long price = (9_900 + random.nextInt(200)) * 1_000_000L;
        long quantity = (1 + random.nextInt(100)) * 1_000_000L;
        long hold = Reservation.forAmend(BTC_USD, order.side(), order.price(), order.quantity(), 0, price, quantity);
        return new AmendOrder(order.orderId(), order.userId(), amendId, price, quantity, hold, false);
    }

    private static PlaceOrder place(long orderId, long userId, Side side, long price) {
        return new PlaceOrder(orderId, userId, side, OrderType.LIMIT, TimeInForce.GTC, false, price, 1_000_000L);
    }

    /** Limit orders around 100.00 from four users, and cancels and amends of earlier ones. */
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
            if (!placed.isEmpty() && random.nextInt(6) == 0) {
                commands.add(amendOf(placed.get(random.nextInt(placed.size())), id, random));
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
}
