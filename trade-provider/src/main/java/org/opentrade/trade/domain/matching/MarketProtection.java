package org.opentrade.trade.domain.matching;

import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.money.MulDiv;
import org.opentrade.trade.domain.money.Scale;

/**
 * The worst price a MARKET order may trade at, fixed when it arrives: best opposite price moved
 * by the instrument's band against the taker. Rounded onto the tick towards the best price
 * (down for a BUY, up for a SELL), so the bound never reaches beyond the band; clamped to the
 * instrument's price range.
 */
final class MarketProtection {

    private MarketProtection() {
    }

    /** @param bestOpposite best ask for a BUY, best bid for a SELL; must be a valid price */
    static long price(Instrument instrument, Side side, long bestOpposite) {
        long offset = MulDiv.floor(bestOpposite, instrument.marketProtectionBandPpm(), Scale.PPM_PER_WHOLE);
        if (side == Side.BUY) {
            // compared before adding, so the sum cannot overflow even near priceMax
            if (offset >= instrument.priceMax() - bestOpposite) {
                return instrument.priceMax();
            }
            return instrument.floorToTick(bestOpposite + offset);
        }
        long bound = instrument.ceilToTick(bestOpposite - offset);
        return Math.max(bound, instrument.priceTick());
    }
}
