package org.opentrade.trade.application.events;

import java.util.List;

/** Sends events and returns once the broker stored them (or throws). */
public interface EventPublisher {

    /** An event and its key (orders by order id, trades by symbol). */
    record Keyed(String key, Object event) {
    }

    void publish(String topic, String key, Object event);

    /** Events of one type to one topic in one send (one round trip to the broker). */
    void publishAll(String topic, List<Keyed> events);
}
