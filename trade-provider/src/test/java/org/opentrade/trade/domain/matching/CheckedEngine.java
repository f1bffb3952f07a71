package org.opentrade.trade.domain.matching;

import java.util.List;

import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.command.AmendOrder;
import org.opentrade.trade.domain.matching.command.EngineCommand;
import org.opentrade.trade.domain.matching.event.EngineEvent;

/** A MatchingEngine for specification tests: every step is followed by the book invariant checks. */
public final class CheckedEngine {

    private final MatchingEngine engine;

    public CheckedEngine(Instrument instrument) {
        this(instrument, EngineLimits.DEFAULT);
    }

    public CheckedEngine(Instrument instrument, EngineLimits limits) {
        this.engine = new MatchingEngine(instrument, limits);
    }

    public static CheckedEngine btcUsd() {
        return new CheckedEngine(TestInstruments.btcUsd());
    }

    /** Executes and returns the events. */
    public List<EngineEvent> execute(EngineCommand command) {
        ExecutionResult result = engine.execute(command);
        BookInvariants.check(engine);
        return result.events();
    }

    public List<EngineEvent> place(OrderBuilder order) {
        return execute(order.build());
    }

    public List<EngineEvent> cancel(long orderId, long userId) {
        return execute(OrderBuilder.cancel(orderId, userId));
    }

    /** Amends order {@code orderId} of {@code userId} to a decimal price and total quantity, with a hold added. */
    public List<EngineEvent> amend(long orderId, long userId, long amendId, String price, String quantity, long holdAdded) {
        return execute(new AmendOrder(orderId, userId, amendId, Units.of(price), Units.of(quantity), holdAdded, false));
    }

    public MatchingEngine engine() {
        return engine;
    }
}
