package org.opentrade.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The bench users of this run, filled by the set-up before any scenario starts and read by the scenarios' virtual
 * users: {@code traders} serve every scenario that wants one user per connection, {@code hotPair} only the hot pair.
 */
final class Roster {
    private volatile List<BenchUser> traders = List.of();
    private volatile List<BenchUser> hotPair = List.of();

    void fill(List<BenchUser> traders, List<BenchUser> hotPair) {
        this.traders = List.copyOf(traders);
        this.hotPair = List.copyOf(hotPair);
    }

    BenchUser trader(int index) {
        return traders.get(index);
    }

    BenchUser hotPair(int index) {
        return hotPair.get(index);
    }

    List<BenchUser> all() {
        List<BenchUser> all = new ArrayList<>(traders);
        all.addAll(hotPair);
        return all;
    }

    /**
     * The user that sender {@code index} (0..senders-1) pays: one of the users after the senders, in another database
     * than the sender's (so the transfer is a cross-shard global transaction), spread over those by the sender's index.
     */
    BenchUser recipientOf(int index, int senders) {
        BenchUser sender = traders.get(index);
        List<BenchUser> candidates = traders.subList(senders, traders.size()).stream()
                .filter(u -> u.database() != sender.database()).toList();
        if (candidates.isEmpty()) {
            throw new IllegalStateException("no bench user in another database than " + sender.username());
        }
        return candidates.get(index % candidates.size());
    }
}
