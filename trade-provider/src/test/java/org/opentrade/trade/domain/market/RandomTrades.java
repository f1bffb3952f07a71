package org.opentrade.trade.domain.market;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trades with dense ids from 1 and times that mostly move forward by up to a few minutes, sometimes jump hours or
 * days, and now and then go back a little (a new engine owner with a slower clock): every boundary and ordering case.
 */
public final class RandomTrades {
    private RandomTrades() {
    }

    public static List<MarketTrade> of(Random random, int count, long startMs) {
        List<MarketTrade> trades = new ArrayList<>(count);
        long time = startMs;
        for (int id = 1; id <= count; id++) {
            int dice = random.nextInt(100);
            if (dice < 2) {
                time += 3_600_000L * (1 + random.nextInt(30));
            } else if (dice < 5) {
                time -= random.nextInt(2_000);
            } else {
                time += random.nextInt(dice < 50 ? 1_000 : 120_000);
            }
            long price = 100_000_000L * (900 + random.nextInt(200)) + 1_000_000L * random.nextInt(100);
            long quantity = 1_000L * (1 + random.nextInt(100_000));
            trades.add(new MarketTrade(id, price, quantity, price / 100_000_000L * quantity,
                    time));
        }
        return trades;
    }
}
