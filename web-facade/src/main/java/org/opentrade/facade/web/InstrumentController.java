package org.opentrade.facade.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opentrade.api.money.Decimal8;
import org.opentrade.api.trade.InstrumentView;
import org.opentrade.api.trade.TradeService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Market")
class InstrumentController {
    static final int PPM_SCALE = 6;

    record InstrumentResponse(String symbol, String baseAsset, String quoteAsset, String priceTick,
                              String quantityStep, String makerFeeRate, String takerFeeRate, String minNotional) {
        static InstrumentResponse of(InstrumentView i) {
            return new InstrumentResponse(i.symbol(), i.baseAsset(), i.quoteAsset(), Decimal8.format(i.priceTick()),
                    Decimal8.format(i.quantityStep()), rate(i.makerFeePpm()), rate(i.takerFeePpm()),
                    Decimal8.format(i.minNotional()));
        }

        private static String rate(long ppm) {
            return BigDecimal.valueOf(ppm, PPM_SCALE).stripTrailingZeros().toPlainString();
        }
    }

    private final TradeService trading;

    InstrumentController(TradeService trading) {
        this.trading = trading;
    }

    @GetMapping("/instruments")
    @Operation(summary = "Listed instruments")
    List<InstrumentResponse> instruments() {
        return trading.instruments().stream().map(InstrumentResponse::of).toList();
    }
}
