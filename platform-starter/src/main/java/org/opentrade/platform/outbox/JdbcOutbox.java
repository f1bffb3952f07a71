package org.opentrade.platform.outbox;

import java.sql.Timestamp;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** {@link Outbox} over the application's data source; joins the caller's Spring-managed transaction. */
class JdbcOutbox implements Outbox {
    static final int TOPIC_LENGTH_MAX = 64;
    static final int KEY_LENGTH_MAX = 128;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    JdbcOutbox(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public String add(String topic, String key, String type, Object payload) {
        return add(0L, topic, key, type, payload);
    }

    @Override
    public String add(long shardKey, String topic, String key, String type, Object payload) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Outbox.add must run inside the business transaction");
        }
        if (topic == null || topic.isBlank() || topic.length() > TOPIC_LENGTH_MAX
                || key == null || key.isBlank() || key.length() > KEY_LENGTH_MAX || type == null || type.isBlank()) {
            throw new IllegalArgumentException("topic, key and type are required and bounded");
        }
        String eventId = UUID.randomUUID().toString();
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload cannot be written as JSON", e);
        }
        Timestamp now = new Timestamp(System.currentTimeMillis());
        jdbc.update("INSERT INTO outbox (event_id, shard_key, topic, message_key, event_type, payload, status, attempts, "
                + "created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, 'NEW', 0, ?, ?)",
                eventId, shardKey, topic, key, type, body, now, now);
        return eventId;
    }
}
