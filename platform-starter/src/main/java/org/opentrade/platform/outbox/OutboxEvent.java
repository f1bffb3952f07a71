package org.opentrade.platform.outbox;

/**
 * The message body the relay publishes (JSON): the event's identity and its payload as the producer wrote it.
 * Consumers read {@code eventId} for deduplication and {@code type} to pick a handler.
 */
public record OutboxEvent(String eventId, String type, String key, long occurredAtEpochMs, String payload) {
}
