package org.opentrade.trade.adapter.out.persistence;

import java.util.List;

import org.opentrade.api.page.Pages;
import org.opentrade.api.page.TimeWindow;
import org.opentrade.api.trade.FillPage;
import org.opentrade.platform.db.Primary;
import org.opentrade.api.trade.FillView;
import org.opentrade.api.trade.PublicTradeView;
import org.opentrade.trade.application.engine.TradeRecord;
import org.opentrade.trade.application.history.FillCursor;
import org.opentrade.trade.application.market.TradeHistory;
import org.opentrade.trade.application.settlement.TradesToSettle;
import org.springframework.stereotype.Repository;

@Repository
class TradesInDatabase implements TradesToSettle, TradeHistory {

    private final TradeMapper mapper;

    TradesInDatabase(TradeMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<TradeRecord> due(int limit) {
        return Primary.read(() -> mapper.dueForSettlement(limit)).stream()
                .map(r -> new TradeRecord(r.symbol, EngineOutputsInDatabase.toTrade(r), r.tradedAtMs)).toList();
    }

    @Override
    public void markSettled(List<TradeRecord> settled) {
        settled.stream().collect(java.util.stream.Collectors.groupingBy(TradeRecord::symbol))
                .forEach((symbol, records) -> mapper.markSettled(symbol,
                        records.stream().map(r -> r.trade().tradeId()).toList()));
    }

    @Override
    public List<PublicTradeView> recent(String symbol, int limit) {
        return mapper.recent(symbol, limit).stream()
                .map(r -> new PublicTradeView(TradeRecord.key(r.symbol, r.tradeId), r.price, r.quantity, r.takerSide, r.tradedAtMs))
                .toList();
    }

    @Override
    public List<FillView> fills(long userId, String symbolOrNull, int limit) {
        return Primary.read(() -> mapper.fills(userId, symbolOrNull, limit)).stream().map(TradesInDatabase::view).toList();
    }

    @Override
    public FillPage page(long userId, String symbolOrNull, Long orderIdOrNull, TimeWindow window, FillCursor afterOrNull,
                         int limit) {
        List<FillRow> rows = Primary.read(() -> mapper.fillPage(userId, symbolOrNull, orderIdOrNull, window.fromMs(),
                window.toMs(), afterOrNull, limit + 1));
        return Pages.of(rows, limit, TradesInDatabase::view,
                last -> new FillCursor(last.tradedAtMs, last.symbol, last.tradeId).encode(), FillPage::new);
    }

    private static FillView view(FillRow f) {
        return new FillView(TradeRecord.key(f.symbol, f.tradeId), Long.toString(f.orderId), f.symbol, f.side, f.price,
                f.quantity, f.fee, f.feeAsset, f.liquidity, f.tradedAtMs);
    }
}
