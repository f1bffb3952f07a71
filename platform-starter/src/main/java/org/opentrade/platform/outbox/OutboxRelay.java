package org.opentrade.platform.outbox;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.rocketmq.client.producer.SendResult;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.spring.core.RocketMQTemplate;
import org.apache.rocketmq.spring.support.RocketMQHeaders;
import org.opentrade.platform.jobs.JobLease;
import org.opentrade.platform.jobs.JobSchedule;
import org.opentrade.platform.jobs.PeriodicJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Publishes committed outbox rows to RocketMQ, oldest first, as the periodic job {@value #JOB} (one instance of the
 * application at a time, under the job's lease): each row is sent to the
 * queue its key hashes to (so one key's events stay in order), then marked SENT. A failed send is retried with
 * doubling back-off up to {@link OutboxProperties#attemptsMax()}, then parked as FAILED; later rows of the same key
 * wait in that pass, so they never overtake it. A crash between send and mark publishes the row again: delivery is
 * at least once, and consumers deduplicate on the event id ({@link ProcessedEvents}). A pass stops sending once its
 * lease is out of time ({@link JobLease#hasTime()}), so two instances publish the same row only if one of them
 * stalled past the lease, or crashed between send and mark.
 */
public class OutboxRelay implements PeriodicJob {
    static final String JOB = "outbox-relay";
    /** Sends that may time out within one lease after the work budget (half the lease) is spent, with room. */
    static final int LEASE_SEND_TIMEOUTS = 4;
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    record Row(long id, String eventId, long shardKey, String topic, String key, String type, String payload,
               int attempts, long createdAtEpochMs) {
    }

    private final JdbcTemplate jdbc;
    private final RocketMQTemplate mq;
    private final ObjectMapper json;
    private final OutboxProperties properties;
    private final OutboxLag lag;
    /** Full batches relayed back to back before the thread rests for one poll interval. */
    static final int PASS_BATCHES_MAX = 50;
    static final int PURGE_EVERY_PASSES = 300;

    private final JobSchedule schedule;
    private long passes;

    public OutboxRelay(JdbcTemplate jdbc, RocketMQTemplate mq, ObjectMapper json, OutboxProperties properties,
                       MeterRegistry meters) {
        this.jdbc = jdbc;
        this.mq = mq;
        this.json = json;
        this.properties = properties;
        this.lag = new OutboxLag(meters, System::currentTimeMillis);
        this.schedule = JobSchedule.of(JOB, properties.pollMs(), properties.pollMs(),
                LEASE_SEND_TIMEOUTS * properties.sendTimeoutMs());
    }

    @Override
    public JobSchedule schedule() {
        return schedule;
    }

    /** One pass, not bounded by a lease: publishes what is due; returns how many. Visible for tests and operators. */
    public int relayOnce() {
        return relayOnce(JobLease.unbounded(JOB));
    }

    int relayOnce(JobLease lease) {
        List<Row> due = jdbc.query("SELECT id, event_id, shard_key, topic, message_key, event_type, payload, attempts, "
                        + "created_at FROM outbox WHERE status = 'NEW' AND next_attempt_at <= ? ORDER BY id LIMIT ?",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getInt(8), rs.getTimestamp(9).getTime()),
                new Timestamp(System.currentTimeMillis()), properties.batchSizeMax());
        Set<String> blockedKeys = new HashSet<>();
        int sent = 0;
        for (Row row : due) {
            if (!lease.hasTime()) {
                break;
            }
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
        lag.passed(due, sent, properties.batchSizeMax());
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
            lag.parked();
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

    @Override
    public void run(JobLease lease) {
        int batches = 0;
        while (relayOnce(lease) == properties.batchSizeMax() && ++batches < PASS_BATCHES_MAX && lease.hasTime()) {
            // a full batch: more may be waiting
        }
        if (++passes % PURGE_EVERY_PASSES == 0 && lease.hasTime()) {
            purgeOnce();
        }
    }
}
