package org.opentrade.trade.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.trade.domain.matching.OrderBuilder.anOrder;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentrade.trade.domain.matching.EngineLimits;
import org.opentrade.trade.domain.matching.MatchingEngine;
import org.opentrade.trade.domain.matching.TestInstruments;
import org.opentrade.trade.domain.matching.Units;
import org.opentrade.trade.domain.matching.command.AmendOrder;
import org.opentrade.trade.domain.matching.command.CancelOrder;
import org.opentrade.trade.domain.matching.command.EngineCommand;

class OrderUpdatesTest {

    private final MatchingEngine engine = new MatchingEngine(TestInstruments.btcUsd(), EngineLimits.DEFAULT);

    private List<OrderUpdate> batch(EngineCommand... commands) {
        OrderUpdates updates = new OrderUpdates();
        for (EngineCommand command : commands) {
            updates.addAll(engine.execute(command).events());
        }
        return updates.resolve(engine::restingOrder);
    }

    @Test
    void aRestingOrderIsNewAndAPartlyFilledMakerIsPartiallyFilledWithItsRemainder() {
        List<OrderUpdate> updates = batch(
                anOrder().id(1).user(1).sell().limit("100.00").quantity("2").build(),
                anOrder().id(2).user(2).buy().limit("100.00").quantity("0.5").build());

        assertThat(updates).containsExactly(
                new OrderUpdate(1, 1, OrderStatus.PARTIALLY_FILLED, Units.of("1.5"), 0, null),
                new OrderUpdate(2, 2, OrderStatus.FILLED, 0, 0, null));
    }

    @Test
    void theLastEventOfABatchWinsAndAFinishedOrderCarriesItsRelease() {
        batch(anOrder().id(1).user(1).buy().limit("100.00").quantity("1").build());
        List<OrderUpdate> updates = batch(
                anOrder().id(2).user(2).sell().limit("99.00").quantity("0.25").build(),
                new CancelOrder(1, 1));

        assertThat(updates).hasSize(2);
        OrderUpdate canceled = updates.stream().filter(u -> u.orderId() == 1).findFirst().orElseThrow();
        assertThat(canceled.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(canceled.remainingQuantity()).isEqualTo(Units.of("0.75"));
        assertThat(canceled.releaseAmount()).isPositive();
        assertThat(canceled.reason()).isNull();
        assertThat(updates.stream().filter(u -> u.orderId() == 2).findFirst().orElseThrow().status())
                .isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void rejectionsAndVenueCancelsNameTheirReason() {
        List<OrderUpdate> updates = batch(
                anOrder().id(1).user(1).buy().limit("100.00").quantity("1").fok().build(),
                anOrder().id(2).user(2).sell().limit("100.00").quantity("1").build(),
                anOrder().id(3).user(2).buy().limit("100.00").quantity("2").ioc().build());

        assertThat(updates.get(0)).isEqualTo(new OrderUpdate(1, 1, OrderStatus.REJECTED, 0, 0, "FOK_NOT_FILLABLE"));
        assertThat(updates.get(1).status()).isEqualTo(OrderStatus.NEW);
        assertThat(updates.get(2).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(updates.get(2).reason()).isEqualTo("SELF_TRADE_PREVENTION");
    }

    @Test
    void anAmendedOrderCarriesItsNewTermsAlsoWhenTheAmendMadeItTrade() {
        batch(anOrder().id(1).user(1).sell().limit("101.00").quantity("1").build(),
                anOrder().id(2).user(2).buy().limit("100.00").quantity("1").build(),
                anOrder().id(3).user(3).buy().limit("99.00").quantity("1").build());
        long added = Units.of("1.001") + 1;

        List<OrderUpdate> updates = batch(
                new AmendOrder(3, 3, 10, Units.of("99.00"), Units.of("0.5"), 0, false),
                new AmendOrder(2, 2, 11, Units.of("101.00"), Units.of("1"), added, false),
                new AmendOrder(1, 9, 12, Units.of("101.00"), Units.of("2"), 5, false));

        assertThat(updates).containsExactly(
                new OrderUpdate(3, 3, OrderStatus.NEW, Units.of("0.5"), 0, null,
                        new OrderTerms(Units.of("99.00"), Units.of("0.5"), Units.of("49.5495"))),
                new OrderUpdate(2, 2, OrderStatus.FILLED, 0, 0, null,
                        new OrderTerms(Units.of("101.00"), Units.of("1"), Units.of("101.101"))),
                new OrderUpdate(1, 1, OrderStatus.FILLED, 0, 0, null));
    }

    @Test
    void eachAmendReportsWhatItsOwnHoldReferenceReleases() {
        engine.execute(anOrder().id(1).user(1).buy().limit("100.00").quantity("2").build());

        var applied = engine.execute(new AmendOrder(1, 1, 10, Units.of("100.00"), Units.of("1"), 0, false)).events();
        var refused = engine.execute(new AmendOrder(1, 1, 11, Units.of("100.00"), Units.of("0"), 7, false)).events();

        assertThat(AmendOutcome.of(applied.get(0))).contains(
                new AmendOutcome(10, 1, 1, AmendStatus.APPLIED, null, Units.of("100.10")));
        assertThat(AmendOutcome.of(refused.get(0))).contains(
                new AmendOutcome(11, 1, 1, AmendStatus.REFUSED, "QUANTITY_OUT_OF_RANGE", 7));
    }
}
