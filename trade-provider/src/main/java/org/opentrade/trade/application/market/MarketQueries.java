package org.opentrade.trade.application.market;

import java.util.List;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.trade.DepthView;
import org.opentrade.api.trade.FillView;
import org.opentrade.api.trade.PublicTradeView;
import org.opentrade.trade.application.InstrumentCatalog;
import org.opentrade.trade.application.engine.MarketSnapshot;
import org.opentrade.trade.application.engine.SymbolEngine;
import org.opentrade.trade.application.engine.SymbolEngines;
import org.opentrade.trade.domain.matching.DepthLevel;
import org.springframework.stereotype.Service;

/** Market data: depth from the engine's last published snapshot, trades and fills from the database. */
@Service
public class MarketQueries {

    static final int TRADES_LIMIT_MAX = 500;

    private final SymbolEngines engines;
    private final TradeHistory history;
    private final InstrumentCatalog catalog;

    public MarketQueries(SymbolEngines engines, TradeHistory history, InstrumentCatalog catalog) {
        this.catalog = catalog;
        this.engines = engines;
        this.history = history;
    }

    public DepthView depth(String symbol, int levelsMax) {
        MarketSnapshot snapshot = engineOf(symbol).snapshot();
        int levels = Math.max(1, Math.min(levelsMax, MarketSnapshot.DEPTH_LEVELS_MAX));
        return new DepthView(symbol, snapshot.sequence(), levels(snapshot.bids(), levels), levels(snapshot.asks(), levels));
    }

    public List<PublicTradeView> trades(String symbol, int limit) {
        catalog.bySymbol(symbol)
                .orElseThrow(() -> new BusinessException(ErrorCode.UNKNOWN_SYMBOL, "unknown symbol: " + symbol));
        return history.recent(symbol, bounded(limit));
    }

    public List<FillView> fills(long userId, String symbolOrNull, int limit) {
        return history.fills(userId, symbolOrNull, bounded(limit));
    }

    private SymbolEngine engineOf(String symbol) {
        return engines.bySymbol(symbol)
                .orElseThrow(() -> new BusinessException(ErrorCode.UNKNOWN_SYMBOL, "unknown symbol: " + symbol));
    }

    private static List<DepthView.Level> levels(List<DepthLevel> side, int levelsMax) {
        return side.stream().limit(levelsMax).map(l -> new DepthView.Level(l.price(), l.quantity())).toList();
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, TRADES_LIMIT_MAX));
    }
}
