package org.opentrade.trade.adapter.in.dubbo;

import java.util.List;

import org.apache.dubbo.config.annotation.DubboService;
import org.opentrade.api.trade.InstrumentView;
import org.opentrade.api.trade.TradeService;
import org.opentrade.trade.application.InstrumentCatalog;

@DubboService
class TradeServiceEndpoint implements TradeService {
    private final InstrumentCatalog catalog;

    TradeServiceEndpoint(InstrumentCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<InstrumentView> instruments() {
        return catalog.all().stream()
                .map(i -> new InstrumentView(i.symbol(), i.baseAsset(), i.quoteAsset(), i.priceTick(),
                        i.quantityStep(), i.makerFeeRatePpm(), i.takerFeeRatePpm()))
                .toList();
    }
}
