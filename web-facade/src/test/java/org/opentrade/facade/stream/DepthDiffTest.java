package org.opentrade.facade.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.opentrade.api.trade.DepthView;

class DepthDiffTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final long ONE = 100_000_000L;

    static DepthView.Level level(long price, long quantity) {
        return new DepthView.Level(price * ONE, quantity * ONE);
    }

    static DepthBook book(long sequence, List<DepthView.Level> bids, List<DepthView.Level> asks) {
        return new DepthBook("BTC-USD", sequence, bids, asks);
    }

    @Test
    void onlyChangedLevelsAreListedBestFirstAndAGoneLevelHasQuantityZero() {
        DepthBook from = book(10, List.of(level(100, 1), level(99, 2), level(98, 3)), List.of(level(101, 1)));
        DepthBook to = book(17, List.of(level(100, 1), level(99, 5), level(97, 4)), List.of(level(101, 1), level(102, 2)));

        DepthDiff diff = DepthDiff.between(from, to);

        assertThat(diff.bids()).containsExactly(level(99, 5), level(98, 0), level(97, 4));
        assertThat(diff.asks()).containsExactly(level(102, 2));
        assertThat(DepthDiff.between(to, to).isEmpty()).isTrue();
    }

    @Test
    void theUpdateFrameChainsToTheBookItIsTheDifferenceFrom() throws Exception {
        DepthBook from = book(10, List.of(level(100, 1)), List.of());
        DepthBook to = book(17, List.of(), List.of(level(101, 1)));

        var frame = JSON.readTree(Frames.depthUpdate(from, to));

        assertThat(frame.get("channel").asText()).isEqualTo("depthUpdates");
        assertThat(frame.get("type").asText()).isEqualTo("update");
        assertThat(frame.get("previousSequence").asLong()).isEqualTo(10);
        assertThat(frame.get("sequence").asLong()).isEqualTo(17);
        assertThat(frame.get("bids").toString()).isEqualTo("[[\"100\",\"0\"]]");
        assertThat(frame.get("asks").toString()).isEqualTo("[[\"101\",\"1\"]]");
    }

    /** A client that applies each update to the snapshot holds exactly the newest top-of-book, whatever changed. */
    @Test
    void applyingTheUpdatesToTheSnapshotGivesEveryLaterBook() throws Exception {
        Random random = new Random(20);
        DepthBook current = randomBook(random, 1);
        DepthClient client = new DepthClient();
        client.accept(JSON.readTree(Frames.depthSnapshot(current)));
        for (long sequence = 2; sequence < 2_000; sequence += 1 + random.nextInt(5)) {
            DepthBook next = random.nextInt(10) == 0 ? new DepthBook("BTC-USD", sequence, current.bids(), current.asks())
                    : randomBook(random, sequence);
            client.accept(JSON.readTree(Frames.depthUpdate(current, next)));
            current = next;
            assertThat(client.sequence).isEqualTo(sequence);
            assertThat(client.bids()).isEqualTo(printed(current.bids()));
            assertThat(client.asks()).isEqualTo(printed(current.asks()));
        }
        assertThat(client.gaps).isZero();
    }

    /** Up to 20 levels a side around 1000, bids below asks; prices near each other so books overlap a lot. */
    static DepthBook randomBook(Random random, long sequence) {
        TreeMap<Long, Long> bids = new TreeMap<>(java.util.Comparator.reverseOrder());
        TreeMap<Long, Long> asks = new TreeMap<>();
        int levels = random.nextInt(21);
        for (int i = 0; i < levels; i++) {
            bids.put((990 - random.nextInt(30)) * ONE / 10, (1 + random.nextInt(3)) * ONE);
            asks.put((1010 + random.nextInt(30)) * ONE / 10, (1 + random.nextInt(3)) * ONE);
        }
        return new DepthBook("BTC-USD", sequence, levels(bids), levels(asks));
    }

    private static List<DepthView.Level> levels(TreeMap<Long, Long> side) {
        List<DepthView.Level> levels = new ArrayList<>();
        side.forEach((price, quantity) -> levels.add(new DepthView.Level(price, quantity)));
        return levels.subList(0, Math.min(20, levels.size()));
    }

    private static List<List<String>> printed(List<DepthView.Level> levels) {
        return levels.stream().map(l -> List.of(org.opentrade.api.money.Decimal8.format(l.price()),
                org.opentrade.api.money.Decimal8.format(l.quantity()))).toList();
    }
}
