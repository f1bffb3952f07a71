package org.opentrade.facade.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.opentrade.api.money.Decimal8;
import org.opentrade.api.trade.DepthView;
import org.opentrade.api.trade.PublicTradeView;
import org.opentrade.api.trade.TradeService;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public market data: no token needed. */
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
}
