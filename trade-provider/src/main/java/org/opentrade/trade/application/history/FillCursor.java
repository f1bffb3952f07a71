package org.opentrade.trade.application.history;

import org.opentrade.api.page.PageCursor;

/**
 * Where a page of fills ended: the (trade time, symbol, trade id) of its last fill. That triple is unique per user
 * (a user's fill key is (symbol, trade id)) and is the order fills are listed in, newest first, so the next page is
 * every fill strictly below it: none skipped or repeated when many share a millisecond, and fills that arrive
 * meanwhile (later times) never shift the pages. Trade time alone would not do: a batch trades many fills in one
 * millisecond.
 */
public record FillCursor(long tradedAtMs, String symbol, long tradeId) {
    private static final String VERSION = "f1";
    private static final String SYMBOL = "[A-Z0-9-]{1,16}";

    public static FillCursor decode(String cursor) {
        String[] fields = PageCursor.decode(cursor, VERSION, 3);
        return new FillCursor(PageCursor.number(fields[0]), PageCursor.text(fields[1], SYMBOL),
                PageCursor.number(fields[2]));
    }

    public String encode() {
        return PageCursor.encode(VERSION + ":" + tradedAtMs + ":" + symbol + ":" + tradeId);
    }
}
