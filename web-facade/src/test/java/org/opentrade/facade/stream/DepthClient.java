package org.opentrade.facade.stream;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A depthUpdates client as the README tells one to be written: take the snapshot, apply each update whose
 * previousSequence is the sequence it holds, and start over (resubscribe) at a gap. Prices as decimal strings.
 */
final class DepthClient {
    private final TreeMap<BigDecimal, String> bids = new TreeMap<>(Comparator.reverseOrder());
    private final TreeMap<BigDecimal, String> asks = new TreeMap<>();
    long sequence = -1;
    int gaps;

    void accept(JsonNode frame) {
        if (!"depthUpdates".equals(frame.get("channel").asText())) {
            return;
        }
        if ("snapshot".equals(frame.get("type").asText())) {
            bids.clear();
            asks.clear();
        } else if (frame.get("previousSequence").asLong() != sequence) {
            gaps++;
            return;
        }
        apply(bids, frame.get("bids"));
        apply(asks, frame.get("asks"));
        sequence = frame.get("sequence").asLong();
    }

    private static void apply(TreeMap<BigDecimal, String> side, JsonNode levels) {
        for (JsonNode level : levels) {
            BigDecimal price = new BigDecimal(level.get(0).asText());
            if (new BigDecimal(level.get(1).asText()).signum() == 0) {
                side.remove(price);
            } else {
                side.put(price, level.get(1).asText());
            }
        }
    }

    /** The book as [[price, quantity], ...] per side, best first, like a depth frame prints it. */
    List<List<String>> bids() {
        return print(bids);
    }

    List<List<String>> asks() {
        return print(asks);
    }

    private static List<List<String>> print(TreeMap<BigDecimal, String> side) {
        List<List<String>> levels = new ArrayList<>();
        side.forEach((price, quantity) -> levels.add(List.of(price.toPlainString(), quantity)));
        return levels;
    }
}
