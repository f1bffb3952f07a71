package org.opentrade.trade.domain.matching;

import java.util.List;
import java.util.SplittableRandom;

/** Lets the generator pick cancel targets from the engine's own book. */
final class EngineLive implements RandomCommands.LiveOrders {

    private final MatchingEngine engine;

    EngineLive(MatchingEngine engine) {
        this.engine = engine;
    }

    @Override
    public RestingOrder pick(SplittableRandom random) {
        int count = engine.restingOrderCount();
        if (count == 0) {
            return null;
        }
        int index = random.nextInt(count);
        List<RestingOrder> bids = engine.restingOrders(Side.BUY);
        return index < bids.size() ? bids.get(index) : engine.restingOrders(Side.SELL).get(index - bids.size());
    }

    @Override
    public int size() {
        return engine.restingOrderCount();
    }
}
