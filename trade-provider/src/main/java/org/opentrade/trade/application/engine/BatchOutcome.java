package org.opentrade.trade.application.engine;

import java.util.List;

/**
 * What one written batch left for the workers behind it (settlement, hold releases of finished orders and of amends,
 * the event relay), so each is
 * woken only when it has something to do and can take the trades without reading them back.
 */
public record BatchOutcome(String symbol, List<TradeRecord> trades, int finishedOrders, int orderUpdates,
                           int amendReleases) {

    static BatchOutcome of(ExecutedBatch batch) {
        String symbol = batch.trades().isEmpty() ? null : batch.trades().get(0).symbol();
        int finished = (int) batch.updates().stream().filter(u -> u.status().terminal()).count();
        int amendReleases = (int) batch.amends().stream().filter(a -> a.releaseAmount() > 0).count();
        return new BatchOutcome(symbol, batch.trades(), finished, batch.updates().size(), amendReleases);
    }
}
