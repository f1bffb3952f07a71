package org.opentrade.fund.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.api.money.Asset.BTC;
import static org.opentrade.api.money.Asset.USD;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentrade.fund.domain.ledger.ApplyOutcome;
import org.opentrade.fund.domain.ledger.Bucket;
import org.opentrade.fund.domain.ledger.JournalTransaction;
import org.opentrade.fund.domain.ledger.Posting;
import org.opentrade.fund.domain.ledger.Postings;
import org.opentrade.fund.domain.ledger.TradeFill;

/**
 * A transaction's row moves inside a shared batch transaction are all made or none: a refused row takes back the
 * rows made before it, and the refusal is the one the in-memory ledger gives.
 */
class AccountRowsTest {
    static final long ONE = 100_000_000L;
    static final long SELLER = 1001;
    static final long BUYER = 1000;

    private final AccountTableFake table = new AccountTableFake();
    private final AccountRows rows = new AccountRows(table, openingOnly(table));

    /** A LedgerMapper whose only statement the moves use is openAccount. */
    private static LedgerMapper openingOnly(AccountTableFake table) {
        return (LedgerMapper) Proxy.newProxyInstance(LedgerMapper.class.getClassLoader(),
                new Class<?>[] {LedgerMapper.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("openAccount")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    table.open((long) args[0], (String) args[1], (int) args[2]);
                    return 1;
                });
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

    @Test
    void a_seller_leg_refused_on_its_second_row_takes_back_its_first_and_changes_nothing() {
        table.put(SELLER, USD, 5 * ONE, 0, false);
        table.put(SELLER, BTC, 0, ONE / 2, false);
        JournalTransaction sellerLeg = Postings.settleFill(new TradeFill("t-1", BUYER, SELLER, BTC, USD, ONE,
                100 * ONE, 0, 0)).seller();

        ApplyOutcome outcome = rows.moveAll(movesOf(sellerLeg));

        assertThat(outcome).isEqualTo(ApplyOutcome.INSUFFICIENT_FUNDS);
        assertThat(table.statements).containsExactly("move 1001:USD", "move 1001:BTC", "lock 1001:BTC",
                "undo 1001:USD");
        assertThat(table.row(SELLER, USD)).containsExactly(5 * ONE, 0, 0);
        assertThat(table.row(SELLER, BTC)).containsExactly(0, ONE / 2, 0);
    }

    @Test
    void a_hold_of_a_suspended_user_is_refused_as_suspended_and_one_beyond_available_as_insufficient() {
        table.put(BUYER, USD, 5 * ONE, 0, true);
        table.put(SELLER, USD, 5 * ONE, 0, false);

        assertThat(rows.moveAll(List.of(freezeMove(BUYER, ONE)))).isEqualTo(ApplyOutcome.ACCOUNT_SUSPENDED);
        assertThat(rows.moveAll(List.of(freezeMove(SELLER, 6 * ONE)))).isEqualTo(ApplyOutcome.INSUFFICIENT_FUNDS);
        assertThat(rows.moveAll(List.of(freezeMove(SELLER, 5 * ONE)))).isEqualTo(ApplyOutcome.APPLIED);

        assertThat(table.row(BUYER, USD)).containsExactly(5 * ONE, 0, 1);
        assertThat(table.row(SELLER, USD)).containsExactly(0, 5 * ONE, 0);
    }

    @Test
    void a_credit_to_a_missing_account_opens_it_with_the_users_suspension_a_debit_does_not() {
        table.put(BUYER, USD, 0, 0, true);
        RowMove credit = RowMove.of(BUYER, BTC, List.of(new Posting(BUYER, BTC, Bucket.AVAILABLE, ONE)));

        assertThat(rows.moveAll(List.of(freezeMove(SELLER, ONE)))).isEqualTo(ApplyOutcome.INSUFFICIENT_FUNDS);
        assertThat(rows.moveAll(List.of(credit))).isEqualTo(ApplyOutcome.APPLIED);

        assertThat(table.row(SELLER, USD)).isNull();
        assertThat(table.row(BUYER, BTC)).containsExactly(ONE, 0, 1);
    }

    @Test
    void a_credit_beyond_the_bigint_range_is_a_balance_overflow_and_moves_nothing() {
        table.put(SELLER, USD, Long.MAX_VALUE - 1, 0, false);
        table.put(SELLER, BTC, 0, ONE, false);
        JournalTransaction sellerLeg = Postings.settleFill(new TradeFill("t-1", BUYER, SELLER, BTC, USD, ONE,
                100 * ONE, 0, 0)).seller();

        assertThat(rows.moveAll(movesOf(sellerLeg))).isEqualTo(ApplyOutcome.BALANCE_OVERFLOW);

        assertThat(table.row(SELLER, USD)).containsExactly(Long.MAX_VALUE - 1, 0, 0);
        assertThat(table.row(SELLER, BTC)).containsExactly(0, ONE, 0);
        assertThat(table.statements).containsExactly("move 1001:USD", "lock 1001:USD");
    }

    private static RowMove freezeMove(long user, long amount) {
        JournalTransaction freeze = Postings.freeze(user, USD, amount, "order-" + amount);
        return RowMove.of(user, USD, freeze.postings());
    }
}
