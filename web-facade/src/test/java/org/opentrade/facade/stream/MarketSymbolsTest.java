package org.opentrade.facade.stream;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.trade.InstrumentView;
import org.opentrade.api.trade.TradeService;

class MarketSymbolsTest {
    static final long ONE = 100_000_000L;

    final TradeService trading = mock(TradeService.class);
    final AtomicLong nowMs = new AtomicLong(1_000_000);
    final MarketSymbols symbols = new MarketSymbols(trading, 60_000, nowMs::get);

    @Test
    void aSymbolListedAMomentAgoIsKnownWithoutWaitingForTheCacheToExpire() {
        when(trading.instruments()).thenReturn(List.of(view("BTC-USD")), List.of(view("BTC-USD"), view("SOL-USD")));
        symbols.require("BTC-USD");

        nowMs.addAndGet(MarketSymbols.MISS_RELOAD_MS + 1);
        assertThatCode(() -> symbols.require("SOL-USD")).doesNotThrowAnyException();
        verify(trading, times(2)).instruments();
    }

    @Test
    void unknownSymbolsReloadTheListAtMostOncePerInterval() {
        when(trading.instruments()).thenReturn(List.of(view("BTC-USD")));
        symbols.require("BTC-USD");

        for (int i = 0; i < 50; i++) {
            assertThatThrownBy(() -> symbols.require("DOGE-USD")).isInstanceOf(BusinessException.class)
                    .hasMessageContaining("DOGE-USD");
        }
        verify(trading, times(1)).instruments();

        nowMs.addAndGet(MarketSymbols.MISS_RELOAD_MS + 1);
        assertThatThrownBy(() -> symbols.require("DOGE-USD")).isInstanceOf(BusinessException.class);
        verify(trading, times(2)).instruments();
    }

    static InstrumentView view(String symbol) {
        return new InstrumentView(symbol, symbol.substring(0, 3), "USD", ONE / 100, ONE / 1_000_000, 1000, 2000, ONE);
    }
}
