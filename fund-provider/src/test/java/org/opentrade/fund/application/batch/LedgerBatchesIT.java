package org.opentrade.fund.application.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opentrade.api.ErrorCode.INSUFFICIENT_FUNDS;
import static org.opentrade.api.ErrorCode.INVALID_AMOUNT;
import static org.opentrade.api.ErrorCode.REFERENCE_CONFLICT;
import static org.opentrade.api.ErrorCode.UNKNOWN_ASSET;
import static org.opentrade.api.ErrorCode.USER_FROZEN;
import static org.opentrade.fund.application.batch.LedgerFixture.ONE;
import static org.opentrade.fund.application.batch.LedgerFixture.movement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.fund.FillSettlement;
import org.opentrade.api.fund.LedgerMovement;
import org.opentrade.api.fund.MovementResult;
import org.opentrade.fund.application.Balances;
import org.opentrade.fund.application.LedgerAudit;
import org.opentrade.fund.application.Movements;
import org.opentrade.fund.application.port.JournalHistory;
import org.opentrade.fund.application.Settlements;
import org.opentrade.fund.application.suspension.UserSuspensions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The four batched ledger calls against the real sharded MariaDB of the running local stack, each batch mixing
 * items over all four shards: every item answers on its own, and a repeat of the batch, or a single call repeating
 * one of its items, changes nothing. Registers nothing; its users are its own.
 */
@ActiveProfiles("local") // the running local stack's databases, with its documented credentials
@SpringBootTest(properties = {"seata.enabled=false", "dubbo.registry.register=false", "dubbo.protocol.port=-1",
        "server.port=0", "opentrade.sentinel.api-port=18722"})
class LedgerBatchesIT {
    @Autowired
    HoldBatches holds;
    @Autowired
    SettlementBatches settlements;
    @Autowired
    Movements movements;
    @Autowired
    Settlements settlement;
    @Autowired
    UserSuspensions suspensions;
    @Autowired
    Balances balances;
    @Autowired
    JournalHistory journal;
    @Autowired
    LedgerAudit audit;

    LedgerFixture f;
    String r;
    int holdsTaken;

    @BeforeEach
    void fixture() {
        f = new LedgerFixture(balances, movements, journal, audit);
        r = f.run;
    }

    @AfterEach
    void theLedgerIsSound() {
        f.assertSound();
    }

    static List<ErrorCode> refusals(List<MovementResult> results) {
        return results.stream().map(MovementResult::refusal).toList();
    }

    @Test
    void freezeAllAnswersEachHoldOnItsOwnOnEveryShard() {
        long[] u = LedgerFixture.onEveryShard();
        long frozenUser = LedgerFixture.userOnShard(ThreadLocalRandom.current().nextInt(4));
        for (long user : new long[] {u[0], u[1], u[2], u[3], frozenUser}) {
            f.deposit(user, "USD", 10 * ONE);
        }
        suspensions.suspend(frozenUser);
        movements.freeze(movement(u[0], "USD", 2 * ONE, r + "single"));
        List<LedgerMovement> batch = List.of(
                movement(u[0], "USD", ONE, r + "h0"), movement(u[1], "USD", ONE, r + "h1"),
                movement(u[2], "USD", ONE, r + "h2"), movement(u[3], "USD", ONE, r + "h3"),
                movement(u[0], "USD", 2 * ONE, r + "single"),
                movement(u[1], "USD", 5 * ONE, r + "h1"),
                movement(u[2], "USD", 100 * ONE, r + "big"),
                movement(frozenUser, "USD", ONE, r + "frozen"),
                movement(u[3], "DOGE", ONE, r + "doge"),
                movement(u[3], "USD", 0, r + "zero"),
                movement(u[0], "USD", ONE, r + "h0"));
        List<ErrorCode> expected = Arrays.asList(null, null, null, null, null, REFERENCE_CONFLICT,
                INSUFFICIENT_FUNDS, USER_FROZEN, UNKNOWN_ASSET, INVALID_AMOUNT, null);

        List<MovementResult> results = holds.freezeAll(batch);

        assertThat(refusals(results)).isEqualTo(expected);
        assertThat(results).extracting(MovementResult::reference)
                .isEqualTo(batch.stream().map(LedgerMovement::reference).toList());
        assertHeld(u, frozenUser);
        assertThat(f.journal(u[0], r + "h0")).hasSize(2);
        assertThat(f.journal(u[1], r + "h1")).extracting(e -> e.amount()).containsExactlyInAnyOrder(-ONE, ONE);

        assertThat(refusals(holds.freezeAll(batch))).as("the batch retried").isEqualTo(expected);
        movements.freeze(movement(u[2], "USD", ONE, r + "h2"));
        assertThatThrownBy(() -> movements.freeze(movement(u[2], "USD", 3 * ONE, r + "h2")))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo(REFERENCE_CONFLICT));
        assertHeld(u, frozenUser);
        assertThat(f.journal(u[0])).as("deposit, single hold, batch hold").hasSize(5);
    }

    private void assertHeld(long[] u, long frozenUser) {
        assertThat(f.money(u[0], "USD")).containsExactly(7 * ONE, 3 * ONE);
        for (int shard = 1; shard < 4; shard++) {
            assertThat(f.money(u[shard], "USD")).containsExactly(9 * ONE, ONE);
        }
        assertThat(f.money(frozenUser, "USD")).containsExactly(10 * ONE, 0);
    }

    @Test
    void unfreezeAllReleasesEachHoldOnceAndRefusesOnlyTheBadItems() {
        long[] u = LedgerFixture.onEveryShard();
        long frozenUser = LedgerFixture.userOnShard(ThreadLocalRandom.current().nextInt(4));
        long[] users = {u[0], u[1], u[2], u[3], frozenUser};
        for (int i = 0; i < users.length; i++) {
            f.deposit(users[i], "USD", 10 * ONE);
            movements.freeze(movement(users[i], "USD", 4 * ONE, r + "o" + i));
        }
        suspensions.suspend(frozenUser);
        List<LedgerMovement> batch = List.of(
                movement(u[0], "USD", 4 * ONE, r + "o0"),
                movement(u[1], "USD", ONE, r + "o1"),
                movement(u[1], "USD", 3 * ONE, r + "o1"),
                movement(u[2], "USD", 5 * ONE, r + "o2"),
                movement(frozenUser, "USD", 4 * ONE, r + "o4"),
                movement(u[3], "USD", 4 * ONE, r + "o3"),
                movement(u[3], "USD", 4 * ONE, r + "o3"),
                movement(u[3], "DOGE", 4 * ONE, r + "o3"));
        List<ErrorCode> expected = Arrays.asList(null, null, REFERENCE_CONFLICT, INSUFFICIENT_FUNDS, null,
                null, null, UNKNOWN_ASSET);

        assertThat(refusals(holds.unfreezeAll(batch))).isEqualTo(expected);
        assertThat(refusals(holds.unfreezeAll(batch))).as("the batch retried").isEqualTo(expected);
        movements.unfreeze(movement(u[0], "USD", 4 * ONE, r + "o0"));

        assertThat(f.money(u[0], "USD")).containsExactly(10 * ONE, 0);
        assertThat(f.money(u[1], "USD")).containsExactly(7 * ONE, 3 * ONE);
        assertThat(f.money(u[2], "USD")).containsExactly(6 * ONE, 4 * ONE);
        assertThat(f.money(u[3], "USD")).containsExactly(10 * ONE, 0);
        assertThat(f.money(frozenUser, "USD")).as("a suspended user's hold is still released")
                .containsExactly(10 * ONE, 0);
    }

    /**
     * Fill t3's seller has too little BTC held: its buyer leg is posted, its seller leg is refused after the
     * seller's USD was credited inside the shared transaction, and that credit is taken back.
     */
    @Test
    void settleAllPostsBothLegsOfEachFillOnceAndTakesBackAHalfAppliedLeg() {
        long b0 = LedgerFixture.userOnShard(0);
        long s1 = LedgerFixture.userOnShard(1);
        long b2 = LedgerFixture.userOnShard(2);
        long s3 = LedgerFixture.userOnShard(3);
        long sx = LedgerFixture.userOnShard(ThreadLocalRandom.current().nextInt(4));
        hold(b0, "USD", 1000 * ONE, 1000 * ONE);
        hold(s1, "BTC", 2 * ONE, 2 * ONE);
        hold(b2, "USD", 1000 * ONE, 1000 * ONE);
        hold(s3, "BTC", ONE, ONE / 2);
        hold(sx, "BTC", ONE, ONE);
        suspensions.suspend(sx);
        List<FillSettlement> batch = List.of(
                fill("t1", b0, s1, ONE, 100 * ONE, ONE, ONE),
                fill("t1", b0, s1, ONE, 100 * ONE, ONE, ONE),
                fill("t1", b0, s1, 2 * ONE, 100 * ONE, ONE, ONE),
                fill("t2", b2, s3, ONE / 2, 50 * ONE, 0, 0),
                fill("t3", b2, s3, ONE, 100 * ONE, 0, 0),
                fill("t4", b0, s1, ONE, 5000 * ONE, 0, 0),
                fill("t5", b0, sx, ONE, 100 * ONE, 0, 0),
                new FillSettlement(r + "t6", b0, s1, "DOGE", "USD", ONE, ONE, 0, 0),
                fill("t7", b0, s1, ONE, ONE, 0, 2 * ONE));
        List<ErrorCode> expected = Arrays.asList(null, null, REFERENCE_CONFLICT, null, INSUFFICIENT_FUNDS,
                INSUFFICIENT_FUNDS, null, UNKNOWN_ASSET, INVALID_AMOUNT);

        assertThat(refusals(settlements.settleAll(batch))).isEqualTo(expected);

        assertThat(f.journal(s3, r + "t3")).as("the refused seller leg left no row").isEmpty();
        assertThat(f.journal(b2, r + "t3")).as("its buyer leg is in").hasSize(2);
        assertThat(f.journal(b0, r + "t4")).isEmpty();
        assertSettled(b0, s1, b2, s3, sx, 50 * ONE);

        hold(s3, "BTC", ONE / 2, ONE);
        assertThat(refusals(settlements.settleAll(List.of(batch.get(4))))).containsOnlyNulls();
        settlement.settle(batch.get(0));
        List<ErrorCode> retried = new ArrayList<>(expected);
        retried.set(4, null);
        assertThat(refusals(settlements.settleAll(batch))).as("the batch retried").isEqualTo(retried);
        assertSettled(b0, s1, b2, s3, sx, 150 * ONE);
        assertThat(f.money(s3, "BTC")).containsExactly(0, 0);
    }

    private void assertSettled(long b0, long s1, long b2, long s3, long sx, long s3Usd) {
        assertThat(f.money(b0, "USD")).containsExactly(0, (1000 - 101 - 100) * ONE);
        assertThat(f.money(b0, "BTC")).containsExactly(2 * ONE, 0);
        assertThat(f.money(s1, "BTC")).containsExactly(0, ONE);
        assertThat(f.money(s1, "USD")).containsExactly(99 * ONE, 0);
        assertThat(f.money(b2, "USD")).containsExactly(0, 850 * ONE);
        assertThat(f.money(b2, "BTC")).containsExactly(ONE + ONE / 2, 0);
        assertThat(f.money(s3, "USD")).containsExactly(s3Usd, 0);
        assertThat(f.money(sx, "BTC")).containsExactly(0, 0);
        assertThat(f.money(sx, "USD")).as("a suspended seller is paid for a hold taken before").containsExactly(
                100 * ONE, 0);
    }

    private void hold(long user, String asset, long deposit, long hold) {
        f.deposit(user, asset, deposit);
        movements.freeze(movement(user, asset, hold, r + "hold-" + holdsTaken++));
    }

    private FillSettlement fill(String trade, long buyer, long seller, long quantity, long notional, long buyerFee,
                                long sellerFee) {
        return new FillSettlement(r + trade, buyer, seller, "BTC", "USD", quantity, notional, buyerFee, sellerFee);
    }

    @Test
    void aVoidBeforeItsHoldSpendsTheReferenceAndAVoidAfterItReleasesItInFull() {
        long[] u = LedgerFixture.onEveryShard();
        for (long user : u) {
            f.deposit(user, "USD", 10 * ONE);
        }
        List<LedgerMovement> lateHolds = new ArrayList<>();
        List<LedgerMovement> takenHolds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            lateHolds.add(movement(u[i], "USD", 3 * ONE, r + "late" + i));
            takenHolds.add(movement(u[i], "USD", 4 * ONE, r + "taken" + i));
            movements.freeze(takenHolds.get(i));
        }
        List<LedgerMovement> voids = new ArrayList<>(lateHolds);
        voids.addAll(takenHolds);
        voids.add(movement(u[0], "USD", 5 * ONE, r + "taken0"));
        voids.add(movement(u[1], "USD", ONE, r + "late1"));
        voids.add(movement(u[2], "DOGE", ONE, r + "late2"));
        List<ErrorCode> expected = Arrays.asList(null, null, null, null, null, null, null, null,
                REFERENCE_CONFLICT, REFERENCE_CONFLICT, UNKNOWN_ASSET);

        assertThat(refusals(holds.voidHolds(voids))).isEqualTo(expected);
        assertThat(refusals(holds.voidHolds(voids))).as("the voids repeated").isEqualTo(expected);

        assertThat(refusals(holds.freezeAll(lateHolds))).containsOnly(REFERENCE_CONFLICT);
        assertThatThrownBy(() -> movements.freeze(lateHolds.get(3)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo(REFERENCE_CONFLICT));
        for (int i = 0; i < 4; i++) {
            movements.unfreeze(takenHolds.get(i));
            assertThat(f.money(u[i], "USD")).as("nothing frozen, balances as before").containsExactly(10 * ONE, 0);
            assertThat(f.journal(u[i], r + "late" + i)).as("a spent reference has no journal row").isEmpty();
            assertThat(f.journal(u[i], r + "taken" + i)).extracting(e -> e.type())
                    .containsOnly("FREEZE", "UNFREEZE").hasSize(4);
        }
    }

    /**
     * A reference taken on the same physical table by another user is invisible to the batch's read (it reads
     * the batch's own users), so its INSERT fails on the unique key: the shard's batch is tried again, then its
     * items go one by one, and only that item is refused.
     */
    @Test
    void aReferenceAnotherUserTookOnTheSameTableRefusesOnlyThatItem() {
        int shard = ThreadLocalRandom.current().nextInt(4);
        long owner = LedgerFixture.userOnShard(shard);
        long other = LedgerFixture.userOnShard(shard);
        f.deposit(owner, "USD", 10 * ONE);
        f.deposit(other, "USD", 10 * ONE);
        movements.freeze(movement(owner, "USD", ONE, r + "taken"));

        assertThat(refusals(holds.freezeAll(List.of(movement(other, "USD", ONE, r + "mine"),
                movement(other, "USD", 2 * ONE, r + "taken"))))).containsExactly(null, REFERENCE_CONFLICT);
        assertThat(refusals(holds.voidHolds(List.of(movement(other, "USD", 2 * ONE, r + "taken"),
                movement(other, "USD", ONE, r + "mine"))))).containsExactly(REFERENCE_CONFLICT, null);

        assertThat(f.money(other, "USD")).containsExactly(10 * ONE, 0);
        assertThat(f.money(owner, "USD")).containsExactly(9 * ONE, ONE);
    }
}
