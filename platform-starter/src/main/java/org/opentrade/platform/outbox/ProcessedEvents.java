package org.opentrade.platform.outbox;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The idempotent-consumer half of the outbox: a {@code processed_event} table with a unique (consumer, event id)
 * in the consumer's own schema. {@link #runOnce} runs the handler and records the event in one local transaction,
 * so a redelivered message (at-least-once) finds its row and does nothing; a handler that throws records nothing
 * and RocketMQ delivers the message again.
 */
public class ProcessedEvents {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public ProcessedEvents(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Runs {@code handler} unless this consumer has processed the event; true when it ran now. */
    public boolean runOnce(String consumer, String eventId, Runnable handler) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!claim(consumer, eventId)) {
                return false;
            }
            handler.run();
            return true;
        }));
    }

    /**
     * Records the event inside the caller's transaction; false when it was recorded before (skip the work).
     * The row lock of a concurrent duplicate makes the second caller wait for the first's commit or rollback.
     */
    public boolean claim(String consumer, String eventId) {
        return claim(0L, consumer, eventId);
    }

    /**
     * As {@link #claim(String, String)} in a sharded schema: the row goes where {@code shardKey} routes it (a rule on
     * {@code processed_event.shard_key}), i.e. in the same physical database as the handler's writes.
     */
    public boolean claim(long shardKey, String consumer, String eventId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("ProcessedEvents.claim must run inside the consumer's transaction");
        }
        return jdbc.update("INSERT IGNORE INTO processed_event (shard_key, consumer, event_id) VALUES (?, ?, ?)",
                shardKey, consumer, eventId) == 1;
    }
}
