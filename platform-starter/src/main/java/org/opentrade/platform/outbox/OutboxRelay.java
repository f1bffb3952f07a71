package org.opentrade.platform.outbox;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.rocketmq.client.producer.SendResult;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.spring.core.RocketMQTemplate;
import org.apache.rocketmq.spring.support.RocketMQHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Publishes committed outbox rows to RocketMQ, oldest first, on one background thread: each row is sent to the
 * queue its key hashes to (so one key's events stay in order), then marked SENT. A failed send is retried with
 * doubling back-off up to {@link OutboxProperties#attemptsMax()}, then parked as FAILED; later rows of the same key
 * wait in that pass, so they never overtake it. A crash between send and mark publishes the row again: delivery is
 * at least once, and consumers deduplicate on the event id ({@link ProcessedEvents}). Several instances of one
 * application may relay the same row twice for the same reason.
 */
public class OutboxRelay implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    record Row(long id, String eventId, long shardKey, String topic, String key, String type, String payload,
               int attempts, long createdAtEpochMs) {
    }

    private final JdbcTemplate jdbc;
    private final RocketMQTemplate mq;
    private final ObjectMapper json;
    private final OutboxProperties properties;
    /** Full batches relayed back to back before the thread rests for one poll interval. */
    static final int PASS_BATCHES_MAX = 50;
    static final int PURGE_EVERY_PASSES = 300;

    private ScheduledExecutorService executor;
    private long passes;

    public OutboxRelay(JdbcTemplate jdbc, RocketMQTemplate mq, ObjectMapper json, OutboxProperties properties) {
        this.jdbc = jdbc;
        this.mq = mq;
        this.json = json;
        this.properties = properties;
    }

    /** One pass: publishes what is due; returns how many rows were published. Visible for tests and operators. */
    public int relayOnce() {
        List<Row> due = jdbc.query("SELECT id, event_id, shard_key, topic, message_key, event_type, payload, attempts, "
                        + "created_at FROM outbox WHERE status = 'NEW' AND next_attempt_at <= ? ORDER BY id LIMIT ?",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getInt(8), rs.getTimestamp(9).getTime()),
                new Timestamp(System.currentTimeMillis()), properties.batchSizeMax());
        Set<String> blockedKeys = new HashSet<>();
        int sent = 0;
        for (Row row : due) {
            if (blockedKeys.contains(row.topic() + "/" + row.key())) {
                continue;
            }
            if (publish(row)) {
                jdbc.update("UPDATE outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1 "
                        + "WHERE event_id = ? AND shard_key = ?", new Timestamp(System.currentTimeMillis()), row.eventId(),
                        row.shardKey());
                sent++;
            } else {
                blockedKeys.add(row.topic() + "/" + row.key());
                failed(row);
            }
        }
        return sent;
    }

    private boolean publish(Row row) {
        try {
            String body = json.writeValueAsString(new OutboxEvent(row.eventId(), row.type(), row.key(),
                    row.createdAtEpochMs(), row.payload()));
            Message<String> message = MessageBuilder.withPayload(body)
                    .setHeader(RocketMQHeaders.KEYS, row.key())
                    .setHeader("eventId", row.eventId())
                    .setHeader("eventType", row.type())
                    .build();
            SendResult result = mq.syncSendOrderly(row.topic() + ":" + row.type(), message, row.key(),
                    properties.sendTimeoutMs());
            return result != null && result.getSendStatus() == SendStatus.SEND_OK;
        } catch (Exception e) {
            log.warn("outbox event {} ({} on {}) not published: {}", row.eventId(), row.type(), row.topic(),
                    e.getMessage());
            return false;
        }
    }

    private void failed(Row row) {
        int attempts = row.attempts() + 1;
        if (attempts >= properties.attemptsMax()) {
            log.error("outbox event {} parked as FAILED after {} attempts", row.eventId(), attempts);
            jdbc.update("UPDATE outbox SET status = 'FAILED', attempts = ? WHERE event_id = ? AND shard_key = ?",
                    attempts, row.eventId(), row.shardKey());
            return;
        }
        long backoffMs = Math.min(properties.backoffMaxMs(), properties.pollMs() << Math.min(attempts, 16));
        jdbc.update("UPDATE outbox SET attempts = ?, next_attempt_at = ? WHERE event_id = ? AND shard_key = ?", attempts,
                new Timestamp(System.currentTimeMillis() + backoffMs), row.eventId(), row.shardKey());
    }

    /** Deletes SENT rows older than the retention, at most one batch; returns how many. */
    public int purgeOnce() {
        return jdbc.update("DELETE FROM outbox WHERE status = 'SENT' AND sent_at < ? LIMIT ?",
                new Timestamp(System.currentTimeMillis() - properties.retentionMs()), properties.batchSizeMax());
    }

    private void loop() {
        try {
            int batches = 0;
            while (relayOnce() == properties.batchSizeMax() && ++batches < PASS_BATCHES_MAX) {
                // a full batch: more may be waiting
            }
            if (++passes % PURGE_EVERY_PASSES == 0) {
                purgeOnce();
            }
        } catch (Exception e) {
            log.warn("outbox relay pass failed: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::loop, properties.pollMs(), properties.pollMs(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
