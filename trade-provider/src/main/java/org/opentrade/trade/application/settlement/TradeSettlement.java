package org.opentrade.trade.application.settlement;

import java.util.List;

import org.opentrade.api.fund.FillSettlement;
import org.opentrade.trade.application.DueWork;
import org.opentrade.trade.application.engine.EngineListeners;
import org.opentrade.trade.application.engine.SymbolEngines;
import org.opentrade.trade.application.engine.TradeRecord;
import org.opentrade.trade.application.order.Holds;
import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.event.Trade;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Settles every trade exactly once: fund-provider's settle is idempotent on the trade id, and a trade is marked
 * settled only after it returned, so a crash in between means one more (harmless) call, never a lost settlement.
 */
@Component
public class TradeSettlement implements DisposableBean {

    static final int PAGE_SIZE = 200;
    private static final long POLL_MS = 1_000;

    private final TradesToSettle trades;
    private final Holds holds;
    private final SymbolEngines engines;
    private final DueWork work;

    public TradeSettlement(TradesToSettle trades, Holds holds, SymbolEngines engines, EngineListeners listeners) {
        this.trades = trades;
        this.holds = holds;
        this.engines = engines;
        this.work = new DueWork("trade-settlement", this::settleDue, PAGE_SIZE, POLL_MS);
        listeners.register(outcome -> outcome.trades() > 0, work::nudge);
    }

    int settleDue() {
        List<TradeRecord> due = trades.due(PAGE_SIZE);
        for (TradeRecord record : due) {
            engines.bySymbol(record.symbol()).ifPresent(engine -> {
                holds.settle(fill(engine.instrument(), record));
                trades.markSettled(record.symbol(), record.trade().tradeId());
            });
        }
        return due.size();
    }

    static FillSettlement fill(Instrument instrument, TradeRecord record) {
        Trade t = record.trade();
        return new FillSettlement(record.tradeKey(), t.buyerUserId(), t.sellerUserId(), instrument.baseAsset(),
                instrument.quoteAsset(), t.quantity(), t.notional(), t.buyerFee(), t.sellerFee());
    }

    @Override
    public void destroy() {
        work.stop();
    }
}
