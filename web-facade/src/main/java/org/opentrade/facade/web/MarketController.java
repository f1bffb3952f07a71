package org.opentrade.facade.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.opentrade.api.money.Decimal8;
import org.opentrade.api.trade.CandleInterval;
import org.opentrade.api.trade.CandleQuery;
import org.opentrade.api.trade.CandleView;
import org.opentrade.api.trade.DepthView;
import org.opentrade.api.trade.PublicTradeView;
import org.opentrade.api.trade.TickerView;
import org.opentrade.api.trade.TradeService;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public market data: no token needed. Candles and tickers come from trade-provider's memory (built from the trades
 * behind the engine, docs/adr/0016-market-data.md), so polling them costs no database read.
 */
@RestController
@Validated
@RequestMapping("/api/v1/market")
@Tag(name = "Market")
class MarketController {

    record DepthResponse(String symbol, long sequence, List<List<String>> bids, List<List<String>> asks) {
        static DepthResponse of(DepthView d) {
            return new DepthResponse(d.symbol(), d.sequence(), levels(d.bids()), levels(d.asks()));
        }

        private static List<List<String>> levels(List<DepthView.Level> levels) {
            return levels.stream().map(l -> List.of(Decimal8.format(l.price()), Decimal8.format(l.quantity()))).toList();
        }
    }

    record TradeResponse(String tradeId, String price, String quantity, String takerSide, String time) {
        static TradeResponse of(PublicTradeView t) {
            return new TradeResponse(t.tradeId(), Decimal8.format(t.price()), Decimal8.format(t.quantity()),
                    t.takerSide(), Instant.ofEpochMilli(t.timeEpochMs()).toString());
        }
    }

    record CandleResponse(String openTime, String closeTime, String open, String high, String low, String close,
                          String volume, String quoteVolume, long trades) {
        static CandleResponse of(CandleView c) {
            return new CandleResponse(MarketFigures.time(c.openTimeEpochMs()),
                    MarketFigures.time(c.openTimeEpochMs() + c.interval().millis()), Decimal8.format(c.open()),
                    Decimal8.format(c.high()), Decimal8.format(c.low()), Decimal8.format(c.close()),
                    Decimal8.format(c.volume()), Decimal8.format(c.quoteVolume()), c.tradeCount());
        }
    }

    /** Prices are null while the symbol never traded; change and changePercent compare last with open. */
    record TickerResponse(String symbol, String last, String open, String high, String low, String change,
                          String changePercent, String volume, String quoteVolume, long trades, String openTime,
                          String closeTime) {
        static TickerResponse of(TickerView t) {
            boolean traded = t.lastTradeId() > 0;
            return new TickerResponse(t.symbol(), MarketFigures.price(t.last(), traded),
                    MarketFigures.price(t.open(), traded), MarketFigures.price(t.high(), traded),
                    MarketFigures.price(t.low(), traded), MarketFigures.price(t.last() - t.open(), traded),
                    traded ? MarketFigures.changePercent(t.last(), t.open()) : null, Decimal8.format(t.volume()),
                    Decimal8.format(t.quoteVolume()), t.tradeCount(), MarketFigures.time(t.openTimeEpochMs()),
                    MarketFigures.time(t.closeTimeEpochMs()));
        }
    }

    static final String CANDLES = "Oldest first. A candle covers [openTime, closeTime) in UTC (4h and 1d from UTC "
            + "midnight) and holds the trades traded then: open and close are the first and last by trade id, volume "
            + "in the base asset, quoteVolume the sum of the trades' notionals; a period without trades has no "
            + "candle; the newest one grows until its period ends. With from: the first `limit` candles that opened "
            + "at or after from (and before to); without: the newest `limit` that opened before to (default now).";
    static final String TICKER = "The rolling 24 hours: the trades of the current UTC minute and the 1,439 minutes "
            + "before it (from openTime). last is the symbol's last trade, open the first trade in the window; with "
            + "no trade in the window open, high and low equal last and the volumes are 0; a symbol that never "
            + "traded has null prices.";

    private final TradeService trading;

    MarketController(TradeService trading) {
        this.trading = trading;
    }

    @GetMapping("/{symbol}/depth")
    @Operation(summary = "Aggregated order book, best levels first")
    DepthResponse depth(@PathVariable @Size(max = 16) String symbol,
                        @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return DepthResponse.of(trading.depth(symbol, limit));
    }

    @GetMapping("/{symbol}/trades")
    @Operation(summary = "Recent trades, newest first")
    List<TradeResponse> trades(@PathVariable @Size(max = 16) String symbol,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return trading.trades(symbol, limit).stream().map(TradeResponse::of).toList();
    }

    @GetMapping("/{symbol}/candles")
    @Operation(summary = "Candles (OHLCV) built from the trades", description = CANDLES)
    List<CandleResponse> candles(
            @PathVariable @Size(max = 16) String symbol,
            @Parameter(description = "1m, 5m, 15m, 1h, 4h or 1d")
            @RequestParam @Pattern(regexp = CandleInterval.WIRE_NAMES) String interval,
            @Parameter(description = "opened at or after: ISO-8601 instant or epoch milliseconds")
            @RequestParam(required = false) @Size(max = 40) String from,
            @Parameter(description = "opened before: ISO-8601 instant or epoch milliseconds")
            @RequestParam(required = false) @Size(max = 40) String to,
            @RequestParam(defaultValue = "500") @Min(1) @Max(CandleQuery.LIMIT_MAX) int limit) {
        CandleQuery query = new CandleQuery(symbol, CandleInterval.ofWire(interval).orElseThrow(),
                RequestTimes.epochMs("from", from), RequestTimes.epochMs("to", to), limit);
        RequestTimes.ordered(query.fromEpochMs(), query.toEpochMs());
        return trading.candles(query).stream().map(CandleResponse::of).toList();
    }

    @GetMapping("/{symbol}/ticker")
    @Operation(summary = "The symbol's 24-hour figures", description = TICKER)
    TickerResponse ticker(@PathVariable @Size(max = 16) String symbol) {
        return TickerResponse.of(trading.ticker(symbol));
    }

    @GetMapping("/tickers")
    @Operation(summary = "Every listed symbol's 24-hour figures, by symbol", description = TICKER)
    List<TickerResponse> tickers() {
        return trading.tickers().stream().map(TickerResponse::of).toList();
    }
}
