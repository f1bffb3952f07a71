package org.opentrade.platform.outbox;

/**
 * The transactional outbox: records an event in the {@code outbox} table of the caller's own schema, inside the
 * caller's local transaction, so the event exists if and only if the business change commits. {@link OutboxRelay}
 * publishes committed rows to RocketMQ afterwards (at least once, in insertion order per key).
 *
 * <pre>{@code
 * @Transactional
 * void succeed(Payment p) {
 *     payments.markSucceeded(p.id());
 *     outbox.add("PAYMENT_EVENTS", p.id(), "DepositSucceeded", new DepositSucceeded(...));
 * }
 * }</pre>
 *
 * Consumers must be idempotent on the event id (see {@link ProcessedEvents}). Enable per application with
 * {@code opentrade.outbox.enabled=true} and add the table in the context's own migration (see docs/adr/0006-outbox.md).
 */
public interface Outbox {

    /**
     * Adds one event to the current transaction.
     *
     * @param topic   the RocketMQ topic (must exist: auto-creation is off)
     * @param key     the business key (e.g. a payment id); events of one key are published in insertion order
     *                and carry it as the message key
     * @param type    the event type (e.g. "DepositSucceeded"), also the message tag
     * @param payload serialized to JSON with the application's ObjectMapper
     * @return the new event's id (also the message header {@code eventId})
     * @throws IllegalStateException when no transaction is active: an event outside a transaction would be
     *                               published whatever became of the change
     */
    String add(String topic, String key, String type, Object payload);

    /**
     * As {@link #add(String, String, String, Object)}, for a context whose tables are sharded: the row is written
     * with {@code shardKey} (e.g. the user id the business row is sharded by), so that a ShardingSphere rule on the
     * {@code outbox} table's {@code shard_key} column puts it in the same physical database, and so the same local
     * transaction, as the business change. Single-database contexts use the other method (shard key 0).
     */
    String add(long shardKey, String topic, String key, String type, Object payload);
}
