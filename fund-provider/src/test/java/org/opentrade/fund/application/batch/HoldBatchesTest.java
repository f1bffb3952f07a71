package org.opentrade.fund.application.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opentrade.api.ErrorCode.INSUFFICIENT_FUNDS;
import static org.opentrade.api.ErrorCode.INVALID_AMOUNT;
import static org.opentrade.api.ErrorCode.UNKNOWN_ASSET;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.fund.FillSettlement;
import org.opentrade.api.fund.LedgerMovement;
import org.opentrade.api.fund.MovementResult;
import org.opentrade.api.money.Asset;
import org.opentrade.fund.application.port.JournalBatches;
import org.opentrade.fund.domain.ledger.ApplyOutcome;
import org.opentrade.fund.domain.ledger.HoldVoid;
import org.opentrade.fund.domain.ledger.JournalTransaction;
import org.opentrade.fund.domain.ledger.Ledger;
import org.opentrade.fund.domain.ledger.LedgerLimits;
import org.opentrade.fund.domain.ledger.Postings;

/**
 * The batch use cases over the in-memory ledger: bad input refuses its own item only, results come back in
 * request order with their references, and a request that is not a bounded list of items is refused whole.
 */
class HoldBatchesTest {
    static final long ONE = 100_000_000L;
    static final long ALICE = 1000;

    private final Ledger ledger = new Ledger();
    private final JournalBatches inMemory = new JournalBatches() {
        @Override
        public List<ApplyOutcome> applyAll(List<JournalTransaction> transactions) {
            return ledger.applyAll(transactions);
        }

        @Override
        public List<ApplyOutcome> voidHolds(List<HoldVoid> holdVoids) {
            return ledger.voidHolds(holdVoids);
        }
    };
    private final HoldBatches holds = new HoldBatches(inMemory);
    private final SettlementBatches settlements = new SettlementBatches(inMemory);

    @Test
    void bad_items_are_refused_alone_and_every_result_keeps_its_place_and_reference() {
        ledger.apply(Postings.deposit(ALICE, Asset.USD, 10 * ONE, "pay-1"));
        List<LedgerMovement> batch = List.of(new LedgerMovement(ALICE, "USD", ONE, "o-1"),
                new LedgerMovement(ALICE, "DOGE", ONE, "o-2"), new LedgerMovement(ALICE, "USD", -ONE, "o-3"),
                new LedgerMovement(ALICE, "USD", ONE, " "), new LedgerMovement(ALICE, "USD", 20 * ONE, "o-5"),
                new LedgerMovement(7, "USD", ONE, "o-6"), new LedgerMovement(ALICE, "USD", ONE, "o-7"));

        List<MovementResult> results = holds.freezeAll(batch);

        assertThat(results).extracting(MovementResult::reference).containsExactly("o-1", "o-2", "o-3", " ", "o-5",
                "o-6", "o-7");
        assertThat(results).extracting(MovementResult::refusal).containsExactly(null, UNKNOWN_ASSET,
                INVALID_AMOUNT, INVALID_AMOUNT, INSUFFICIENT_FUNDS, INVALID_AMOUNT, null);
        assertThat(ledger.balance(ALICE, Asset.USD).frozen()).isEqualTo(2 * ONE);
    }

    @Test
    void a_fill_without_a_trade_id_is_refused_like_a_blank_one() {
        FillSettlement noId = new FillSettlement(null, ALICE, 1001, "BTC", "USD", ONE, ONE, 0, 0);

        assertThat(settlements.settleAll(List.of(noId))).extracting(MovementResult::refusal)
                .containsExactly(INVALID_AMOUNT);
    }

    @Test
    void a_batch_beyond_the_limit_a_null_batch_or_a_null_item_is_refused_whole() {
        List<LedgerMovement> tooMany = new ArrayList<>(Collections.nCopies(LedgerLimits.BATCH_SIZE_MAX + 1,
                new LedgerMovement(ALICE, "USD", ONE, "o-1")));
        List<LedgerMovement> withNull = Arrays.asList(new LedgerMovement(ALICE, "USD", ONE, "o-1"), null);

        for (List<LedgerMovement> invalid : Arrays.asList(tooMany, null, withNull)) {
            assertThatThrownBy(() -> holds.freezeAll(invalid)).isInstanceOfSatisfying(BusinessException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        }
        assertThat(holds.freezeAll(Collections.nCopies(LedgerLimits.BATCH_SIZE_MAX,
                new LedgerMovement(ALICE, "USD", ONE, "o-1")))).hasSize(LedgerLimits.BATCH_SIZE_MAX);
        assertThat(holds.unfreezeAll(List.of())).isEmpty();
    }
}
