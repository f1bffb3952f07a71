package org.opentrade.fund.application.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.seata.rm.tcc.api.BusinessActionContext;
import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.fund.LedgerMovement;
import org.opentrade.fund.application.Balances;
import org.opentrade.fund.application.Movements;
import org.opentrade.fund.domain.Account;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The TCC branches of a transfer against the real sharded MariaDB of the running local stack, driven the way the
 * coordinator drives them when messages arrive late, twice or out of order. This instance registers nothing in
 * Nacos and takes no part in Seata, so the running stack is not disturbed.
 */
@ActiveProfiles("local") // the running local stack's databases, with its documented credentials
@SpringBootTest(properties = {"seata.enabled=false", "dubbo.registry.register=false", "dubbo.protocol.port=-1",
        "server.port=0", "opentrade.sentinel.api-port=18722"})
class TransferBranchesIT {
    static final long ONE = 100_000_000L;

    @Autowired
    TransferLegsTcc legs;
    @Autowired
    Movements movements;
    @Autowired
    Balances balances;
    @Autowired
    TransferRecords transfers;
    @Autowired
    StaleTransfers staleTransfers;
    @Autowired
    TccBarriers barriers;

    /** A user id of our own, far above the registered ones, on the shard {@code shard}. */
    static long userOnShard(int shard) {
        long base = 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 4;
        return base + shard;
    }

    static BusinessActionContext phaseTwo(long transferId, long userId, String asset, long amount) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("transferId", transferId);
        parameters.put("userId", userId);
        parameters.put("asset", asset);
        parameters.put("amount", amount);
        BusinessActionContext context = new BusinessActionContext();
        context.setXid("test-xid-" + transferId);
        context.setActionContext(parameters);
        return context;
    }

    long usd(long userId) {
        return balances.of(userId).stream().filter(a -> a.asset().name().equals("USD")).findFirst()
                .map(Account::available).orElseThrow();
    }

    @Test
    void aCancelBeforeItsTryIsRecordedAndTheLateTryIsRefusedWithNothingHeld() {
        long alice = userOnShard(1);
        movements.deposit(new LedgerMovement(alice, "USD", 10 * ONE, "test-deposit-" + alice));
        long transferId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);

        assertThat(legs.cancelOut(phaseTwo(transferId, alice, "USD", 4 * ONE))).isTrue();
        assertThatThrownBy(() -> legs.tryOut(phaseTwo(transferId, alice, "USD", 4 * ONE), transferId, alice, "USD",
                4 * ONE)).isInstanceOf(BusinessException.class);

        assertThat(usd(alice)).isEqualTo(10 * ONE);
        assertThat(balances.of(alice)).allSatisfy(account -> assertThat(account.frozen()).isZero());
    }

    /** Every branch tried and confirmed twice: money moves once, and the transfer ends complete (nothing in flight). */
    @Test
    void phasesRepeatedByTheCoordinatorTakeEffectOnce() {
        long alice = userOnShard(0);
        long bob = userOnShard(3);
        movements.deposit(new LedgerMovement(alice, "USD", 10 * ONE, "test-deposit-" + alice));
        long transferId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        BusinessActionContext out = phaseTwo(transferId, alice, "USD", 3 * ONE);
        BusinessActionContext in = phaseTwo(transferId, bob, "USD", 3 * ONE);

        for (int i = 0; i < 2; i++) {
            assertThat(legs.tryOut(out, transferId, alice, "USD", 3 * ONE)).isTrue();
        }
        // a confirm of the in-leg whose try never ran changes nothing: its barrier says the branch did not run
        legs.confirmIn(in);
        assertThat(usd(bob)).isZero();
        // the in-leg's try asks user-provider whether bob may receive; these ids exist only in the ledger, so the
        // test records that try's barrier row itself, exactly as tryIn does after its check
        barriers.insert(TransferLegsTcc.inKey(transferId), bob, in.getXid(), TccBarriers.State.TRIED);
        for (int i = 0; i < 2; i++) {
            assertThat(legs.confirmOut(out)).isTrue();
            assertThat(legs.confirmIn(in)).isTrue();
        }
        assertThat(usd(alice)).isEqualTo(7 * ONE);
        assertThat(usd(bob)).isEqualTo(3 * ONE);
    }

    @Test
    void aCancelAfterTheTryReversesItOnceHoweverOftenItArrives() {
        long alice = userOnShard(2);
        movements.deposit(new LedgerMovement(alice, "USD", 10 * ONE, "test-deposit-" + alice));
        long transferId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        BusinessActionContext out = phaseTwo(transferId, alice, "USD", 6 * ONE);

        legs.tryOut(out, transferId, alice, "USD", 6 * ONE);
        assertThat(usd(alice)).isEqualTo(4 * ONE);
        for (int i = 0; i < 3; i++) {
            assertThat(legs.cancelOut(out)).isTrue();
        }
        assertThat(usd(alice)).isEqualTo(10 * ONE);
        assertThatThrownBy(() -> legs.tryOut(out, transferId, alice, "USD", 6 * ONE))
                .isInstanceOf(BusinessException.class);
        assertThat(usd(alice)).as("a try after its cancel does nothing").isEqualTo(10 * ONE);
    }

    @Test
    void aTransferThatNeverBeganIsSweptToFailedAndItsLateTryIsRefused() {
        long alice = userOnShard(1);
        long bob = userOnShard(2);
        movements.deposit(new LedgerMovement(alice, "USD", 5 * ONE, "test-deposit-" + alice));
        long transferId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        transfers.insertPending(new TransferRecord(transferId, alice, bob, "USD", 2 * ONE, "key-" + transferId,
                TransferStatus.PENDING, 0)).orElseThrow();

        // everything created up to a second from now counts as stale here
        assertThat(staleTransfers.sweep(java.time.Duration.ofSeconds(-1))).isPositive();

        assertThat(transfers.byId(alice, transferId).orElseThrow().status()).isEqualTo(TransferStatus.FAILED);
        assertThatThrownBy(() -> legs.tryOut(phaseTwo(transferId, alice, "USD", 2 * ONE), transferId, alice, "USD",
                2 * ONE)).isInstanceOf(BusinessException.class);
        assertThat(usd(alice)).isEqualTo(5 * ONE);
    }
}
