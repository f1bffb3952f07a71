package org.opentrade.trade.application.order;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.opentrade.api.risk.OrderRiskCheck;
import org.opentrade.trade.application.engine.MarketSnapshot;
import org.opentrade.trade.application.engine.Submission;
import org.opentrade.trade.domain.order.OrderRecord;

/**
 * The pre-trade checks of a batch with the facts risk-provider's rules judge them by: the price each order is judged
 * at (a MARKET order's protection price), the symbol's last trade and best prices as the engine published them after
 * its previous batch, and each user's open orders on the symbol before the order (the batch's earlier orders of that
 * user included, its later ones not).
 */
final class RiskFacts {
    private RiskFacts() {
    }

    /**
     * The check of each stored order. {@code unfinished} was read after the batch was stored: it includes the batch's
     * own orders that can rest. Identity keys: a submission is one request.
     */
    static Map<Submission, OrderRiskCheck> of(List<Submission> stored, OpenOrderCounts unfinished, MarketSnapshot market) {
        Map<Long, Integer> restableInBatch = new HashMap<>();
        for (Submission s : stored) {
            if (OpenOrderCap.canRest(s.order())) {
                restableInBatch.merge(s.order().userId(), 1, Integer::sum);
            }
        }
        Map<Long, Integer> earlier = new HashMap<>();
        Map<Submission, OrderRiskCheck> checks = new IdentityHashMap<>(stored.size() * 2);
        for (Submission s : stored) {
            OrderRecord o = s.order();
            int before = unfinished.onSymbol(o.userId(), o.symbol()) - restableInBatch.getOrDefault(o.userId(), 0)
                    + earlier.getOrDefault(o.userId(), 0);
            checks.put(s, new OrderRiskCheck(o.userId(), o.symbol(), o.side(), o.type(), judgedPrice(o, market),
                    o.quantity(), market.lastTradePrice(), market.bestBid(), market.bestAsk(), Math.max(0, before)));
            if (OpenOrderCap.canRest(o)) {
                earlier.merge(o.userId(), 1, Integer::sum);
            }
        }
        return checks;
    }

    /** A LIMIT order's price; a MARKET order's protection price (a MARKET BUY stored it as its price already). */
    private static long judgedPrice(OrderRecord o, MarketSnapshot market) {
        if (o.price() > 0 || !"MARKET".equals(o.type())) {
            return o.price();
        }
        return "BUY".equals(o.side()) ? market.buyProtectionPrice() : market.sellProtectionPrice();
    }
}
