package org.opentrade.trade.application.settlement;

import java.util.ArrayList;
import java.util.List;

import org.opentrade.api.fund.FillSettlement;
import org.opentrade.api.fund.MovementResult;
import org.opentrade.trade.application.DueWork;
import org.opentrade.trade.application.engine.EngineListeners;
import org.opentrade.trade.application.engine.SymbolEngines;
import org.opentrade.trade.application.engine.TradeRecord;
import org.opentrade.trade.application.order.Holds;
import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.event.Trade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Settles every trade exactly once, a page at a time in one fund-provider call: settleAll is idempotent on the trade
 * key, and a trade is marked settled only after fund-provider confirmed it, so a crash in between means one more
 * (harmless) call, never a lost settlement. A refused fill is a defect upstream (holds always cover fills): it stays
 * due, is logged, and shows in the audit as clearing in flight.
 */
@Component
public class TradeSettlement implements DisposableBean {

    static final int PAGE_SIZE = 500;
    private static final long POLL_MS = 1_000;
    /**
     * Settlement runs at most this often under load: each settleAll costs a few statements per shard whatever its
     * size, so a longer gap settles more fills per call (measured: at 50 ms, settlement and releases made half of
     * the ledger's statements). A fill shows in balances within about this long.
     */
    static final long GAP_MS = 200;
    private static final Logger log = LoggerFactory.getLogger(TradeSettlement.class);

    private final TradesToSettle trades;
    private final Holds holds;
    private final SymbolEngines engines;
    private final DueWork work;

    public TradeSettlement(TradesToSettle trades, Holds holds, SymbolEngines engines, EngineListeners listeners) {
        this.trades = trades;
        this.holds = holds;
        this.engines = engines;
        this.work = new DueWork("trade-settlement", this::settleDue, PAGE_SIZE, POLL_MS, GAP_MS);
        listeners.register(outcome -> !outcome.trades().isEmpty(), work::nudge);
    }

    int settleDue() {
        List<TradeRecord> due = new ArrayList<>();
        List<FillSettlement> fills = new ArrayList<>();
        for (TradeRecord record : trades.due(PAGE_SIZE)) {
            engines.bySymbol(record.symbol()).ifPresent(engine -> {
                due.add(record);
                fills.add(fill(engine.instrument(), record));
            });
        }
        if (due.isEmpty()) {
            return 0;
        }
        List<MovementResult> results = holds.settleAll(fills);
        List<TradeRecord> settled = new ArrayList<>(due.size());
        for (int i = 0; i < due.size(); i++) {
            if (results.get(i).isDone()) {
                settled.add(due.get(i));
            } else {
                log.error("fill {} refused by the ledger ({}): it stays due", fills.get(i).tradeId(), results.get(i).refusal());
            }
        }
        trades.markSettled(settled);
        return settled.size();
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
