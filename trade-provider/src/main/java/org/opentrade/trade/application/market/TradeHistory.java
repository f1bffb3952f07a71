package org.opentrade.trade.application.market;

import java.util.List;

import org.opentrade.api.trade.FillPage;
import org.opentrade.api.trade.FillView;
import org.opentrade.api.trade.PublicTradeView;
import org.opentrade.trade.application.history.FillCursor;
import org.opentrade.api.page.TimeWindow;

/** Stored trades: the public tape of a symbol, and each user's own fills. */
public interface TradeHistory {

    List<PublicTradeView> recent(String symbol, int limit);

    List<FillView> fills(long userId, String symbolOrNull, int limit);

    /**
     * Up to {@code limit} of the user's fills traded in {@code window} (of one order if {@code orderIdOrNull} is
     * set), newest first by (trade time, symbol, trade id), below {@code afterOrNull}; nextCursor set when more follow.
     */
    FillPage page(long userId, String symbolOrNull, Long orderIdOrNull, TimeWindow window, FillCursor afterOrNull,
                  int limit);
}
