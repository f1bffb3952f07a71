package org.opentrade.facade.stream;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.rocketmq.client.consumer.store.OffsetStore;
import org.apache.rocketmq.client.consumer.store.ReadOffsetType;
import org.apache.rocketmq.common.message.MessageQueue;

/**
 * Consume offsets kept in memory only. The stream is live: a facade that restarts starts at the broker's newest
 * message (CONSUME_FROM_LAST_OFFSET with no stored offset) instead of replaying what it missed to clients that
 * reconnected and took a fresh snapshot anyway. It also writes no offset files that two instances on one host
 * would share.
 */
final class LiveOffsets implements OffsetStore {
    static final long NONE = -1;

    private final Map<MessageQueue, Long> offsets = new ConcurrentHashMap<>();

    @Override
    public void load() {
    }

    @Override
    public void updateOffset(MessageQueue queue, long offset, boolean increaseOnly) {
        offsets.merge(queue, offset, (old, next) -> increaseOnly ? Math.max(old, next) : next);
    }

    @Override
    public void updateAndFreezeOffset(MessageQueue queue, long offset) {
        offsets.put(queue, offset);
    }

    @Override
    public long readOffset(MessageQueue queue, ReadOffsetType type) {
        return offsets.getOrDefault(queue, NONE);
    }

    @Override
    public void persistAll(Set<MessageQueue> queues) {
    }

    @Override
    public void persist(MessageQueue queue) {
    }

    @Override
    public void removeOffset(MessageQueue queue) {
        offsets.remove(queue);
    }

    @Override
    public Map<MessageQueue, Long> cloneOffsetTable(String topic) {
        Map<MessageQueue, Long> copy = new ConcurrentHashMap<>();
        offsets.forEach((queue, offset) -> {
            if (topic == null || topic.isEmpty() || topic.equals(queue.getTopic())) {
                copy.put(queue, offset);
            }
        });
        return copy;
    }

    @Override
    public void updateConsumeOffsetToBroker(MessageQueue queue, long offset, boolean isOneway) {
    }
}
