package org.opentrade.fund.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.api.money.Asset.BTC;
import static org.opentrade.api.money.Asset.USD;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentrade.api.money.Asset;
import org.opentrade.fund.domain.ledger.ApplyOutcome;
import org.opentrade.fund.domain.ledger.Bucket;
import org.opentrade.fund.domain.ledger.JournalTransaction;
import org.opentrade.fund.domain.ledger.Posting;
import org.opentrade.fund.domain.ledger.Postings;
import org.opentrade.fund.domain.ledger.TradeFill;

/**
 * A batch's users' rows, locked and read once: each transaction's moves are all made or none, judged as the in-memory
 * ledger judges them, later items see earlier ones, and only what changed is written back, guarded by what was read.
 */
class LockedRowsTest {
    static final long ONE = 100_000_000L;
    static final long SELLER = 1001;
    static final long BUYER = 1000;

    private final List<LockedAccountRow> read = new ArrayList<>();

    private void row(long user, Asset asset, long available, long frozen, boolean suspended) {
        LockedAccountRow row = new LockedAccountRow();
        row.setUserId(user);
        row.setAsset(asset.name());
        row.setAvailable(available);
        row.setFrozen(frozen);
        row.setSuspended(suspended ? 1 : 0);
        read.add(row);
    }

    private static List<RowMove> movesOf(JournalTransaction transaction) {
        List<RowMove> moves = new ArrayList<>();
        for (Posting posting : transaction.postings()) {
            if (!SystemPostings.takes(posting)) {
                moves.add(RowMove.of(posting.accountId(), posting.asset(), List.of(posting)));
            }
        }
        return moves;
    }

    private static RowMove freezeMove(long user, long amount) {
        JournalTransaction freeze = Postings.freeze(user, USD, amount, "order-" + amount);
        return RowMove.of(user, USD, freeze.postings());
    }

    private static JournalTransaction sellerLeg() {
        return Postings.settleFill(new TradeFill("t-1", BUYER, SELLER, BTC, USD, ONE, 100 * ONE, 0, 0)).seller();
    }

    @Test
    void aSellerLegRefusedOnItsSecondRowTakesBackItsFirstAndWritesNothing() {
        row(SELLER, USD, 5 * ONE, 0, false);
        row(SELLER, BTC, 0, ONE / 2, false);
        LockedRows rows = new LockedRows(read);

        assertThat(rows.moveAll(movesOf(sellerLeg()))).isEqualTo(ApplyOutcome.INSUFFICIENT_FUNDS);
        assertThat(rows.writes()).isEmpty();
    }

    @Test
    void aHoldOfASuspendedUserIsRefusedAsSuspendedAndOneBeyondAvailableAsInsufficient() {
        row(BUYER, USD, 5 * ONE, 0, true);
        row(SELLER, USD, 5 * ONE, 0, false);
        LockedRows rows = new LockedRows(read);

        assertThat(rows.moveAll(List.of(freezeMove(BUYER, ONE)))).isEqualTo(ApplyOutcome.ACCOUNT_SUSPENDED);
        assertThat(rows.moveAll(List.of(freezeMove(SELLER, 6 * ONE)))).isEqualTo(ApplyOutcome.INSUFFICIENT_FUNDS);
        assertThat(rows.moveAll(List.of(freezeMove(SELLER, 5 * ONE)))).isEqualTo(ApplyOutcome.APPLIED);

        assertThat(rows.writes()).containsExactly(new RowWrite(SELLER, "USD", 5 * ONE, 0, 0, 5 * ONE, 0, false));
    }

    @Test
    void laterItemsSeeEarlierOnes() {
        row(SELLER, USD, 5 * ONE, 0, false);
        LockedRows rows = new LockedRows(read);

        assertThat(rows.moveAll(List.of(freezeMove(SELLER, 3 * ONE)))).isEqualTo(ApplyOutcome.APPLIED);
        assertThat(rows.moveAll(List.of(freezeMove(SELLER, 3 * ONE)))).isEqualTo(ApplyOutcome.INSUFFICIENT_FUNDS);
        assertThat(rows.moveAll(List.of(freezeMove(SELLER, 2 * ONE)))).isEqualTo(ApplyOutcome.APPLIED);

        assertThat(rows.writes()).containsExactly(new RowWrite(SELLER, "USD", 5 * ONE, 0, 0, 5 * ONE, 0, false));
    }

    @Test
    void aCreditToAMissingAccountOpensItWithTheUsersSuspensionADebitDoesNot() {
        row(BUYER, USD, 0, 0, true);
        LockedRows rows = new LockedRows(read);
        RowMove credit = RowMove.of(BUYER, BTC, List.of(new Posting(BUYER, BTC, Bucket.AVAILABLE, ONE)));

        assertThat(rows.moveAll(List.of(freezeMove(SELLER, ONE)))).isEqualTo(ApplyOutcome.INSUFFICIENT_FUNDS);
        assertThat(rows.moveAll(List.of(credit))).isEqualTo(ApplyOutcome.APPLIED);

        assertThat(rows.writes()).containsExactly(new RowWrite(BUYER, "BTC", 0, 0, ONE, 0, 1, true));
    }

    @Test
    void aCreditBeyondTheBigintRangeIsABalanceOverflowAndMovesNothing() {
        row(SELLER, USD, Long.MAX_VALUE - 1, 0, false);
        row(SELLER, BTC, 0, ONE, false);
        LockedRows rows = new LockedRows(read);

        assertThat(rows.moveAll(movesOf(sellerLeg()))).isEqualTo(ApplyOutcome.BALANCE_OVERFLOW);
        assertThat(rows.writes()).isEmpty();
    }

    @Test
    void aRowChangedAndChangedBackIsNotWritten() {
        row(SELLER, USD, 5 * ONE, 0, false);
        LockedRows rows = new LockedRows(read);
        RowMove release = RowMove.of(SELLER, USD, Postings.unfreeze(SELLER, USD, ONE, "release-1").postings());

        assertThat(rows.moveAll(List.of(freezeMove(SELLER, ONE)))).isEqualTo(ApplyOutcome.APPLIED);
        assertThat(rows.moveAll(List.of(release))).isEqualTo(ApplyOutcome.APPLIED);

        assertThat(rows.writes()).isEmpty();
    }
}
