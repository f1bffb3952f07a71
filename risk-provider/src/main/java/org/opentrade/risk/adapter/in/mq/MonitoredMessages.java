package org.opentrade.risk.adapter.in.mq;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.opentrade.risk.application.monitoring.Monitoring;
import org.opentrade.risk.domain.monitoring.MonitoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the monitoring consumers share: a message that cannot be read or does not make a valid event is logged and
 * skipped (delivering it again would not change it); a failure to store or act on alerts propagates, so RocketMQ
 * delivers the message again.
 */
@Component
class MonitoredMessages {
    private static final Logger log = LoggerFactory.getLogger(MonitoredMessages.class);

    private final Monitoring monitoring;
    private final ObjectMapper json;

    MonitoredMessages(Monitoring monitoring, ObjectMapper json) {
        this.monitoring = monitoring;
        this.json = json;
    }

    /** Reads {@code body} as {@code type}; null (logged) when it cannot be read. */
    <T> T read(String topic, String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (java.io.IOException e) {
            log.error("risk monitoring skipped an unreadable {} message: {}", topic, e.getMessage());
            return null;
        }
    }

    /** Builds the event and observes it; an event its own checks refuse is logged and skipped. */
    void observe(String topic, java.util.function.Supplier<MonitoredEvent> event) {
        MonitoredEvent built;
        try {
            built = event.get();
        } catch (IllegalArgumentException | NullPointerException invalid) {
            log.error("risk monitoring skipped an invalid {} event: {}", topic, invalid.getMessage());
            return;
        }
        monitoring.observe(built);
    }
}
