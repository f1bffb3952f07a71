package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.fund.FillSettlement;
import org.opentrade.api.fund.LedgerMovement;

/**
 * Holds and settlement through FundService over real Dubbo, the way trade-provider will use them: freeze for an
 * order, settle a fill exactly once from both holds with fees, release the rest.
 */
class SettlementIT {
    static final long ONE = Money.ONE;

    @Test
    void aFillSettlesOnceFromBothHoldsWithFeesAndTheRestIsReleased() {
        Api.Session buyer = Money.fundedUser("buyer", "USD", 1_000 * ONE);
        Api.Session seller = Money.fundedUser("seller", "BTC", 2 * ONE);
        long buyerId = Long.parseLong(buyer.userId());
        long sellerId = Long.parseLong(seller.userId());
        String order = "order-" + UUID.randomUUID();
        Funds.service().freeze(new LedgerMovement(buyerId, "USD", 505 * ONE, order + "-buy"));
        Funds.service().freeze(new LedgerMovement(sellerId, "BTC", ONE, order + "-sell"));
        assertThat(Money.balance(buyer.token(), "USD")).containsExactly(495 * ONE, 505 * ONE);

        FillSettlement fill = new FillSettlement("trade-" + UUID.randomUUID(), buyerId, sellerId, "BTC", "USD",
                ONE, 500 * ONE, ONE, ONE / 2);
        Funds.service().settle(fill);
        Funds.service().settle(fill);

        assertThat(Money.balance(buyer.token(), "USD")).containsExactly(495 * ONE, 4 * ONE);
        assertThat(Money.balance(buyer.token(), "BTC")).containsExactly(ONE, 0);
        assertThat(Money.balance(seller.token(), "BTC")).containsExactly(ONE, 0);
        assertThat(Money.balance(seller.token(), "USD")).containsExactly(4995 * ONE / 10, 0);

        Funds.service().unfreeze(new LedgerMovement(buyerId, "USD", 4 * ONE, order + "-buy"));
        assertThat(Money.balance(buyer.token(), "USD")).containsExactly(499 * ONE, 0);
    }

    @Test
    void aHoldCannotExceedTheAvailableBalanceAndAFillCannotExceedItsHold() {
        Api.Session buyer = Money.fundedUser("buyer-short", "USD", 10 * ONE);
        Api.Session seller = Money.fundedUser("seller-short", "BTC", ONE);
        long buyerId = Long.parseLong(buyer.userId());
        long sellerId = Long.parseLong(seller.userId());
        assertThatThrownBy(() -> Funds.service().freeze(new LedgerMovement(buyerId, "USD", 11 * ONE, "o-" + UUID.randomUUID())))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INSUFFICIENT_FUNDS));

        Funds.service().freeze(new LedgerMovement(buyerId, "USD", 5 * ONE, "o-" + UUID.randomUUID()));
        FillSettlement tooBig = new FillSettlement("trade-" + UUID.randomUUID(), buyerId, sellerId, "BTC", "USD",
                ONE / 100, 6 * ONE, 0, 0);
        assertThatThrownBy(() -> Funds.service().settle(tooBig))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INSUFFICIENT_FUNDS));
        assertThat(Money.balance(buyer.token(), "USD")).containsExactly(5 * ONE, 5 * ONE);
        assertThat(Money.balance(seller.token(), "USD")).containsExactly(0, 0);
    }
}
