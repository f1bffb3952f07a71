package org.opentrade.trade.application.market;

import java.util.List;

import org.opentrade.api.trade.FillView;
import org.opentrade.api.trade.PublicTradeView;

/** Stored trades: the public tape of a symbol, and each user's own fills. */
public interface TradeHistory {

    List<PublicTradeView> recent(String symbol, int limit);

    List<FillView> fills(long userId, String symbolOrNull, int limit);
}
