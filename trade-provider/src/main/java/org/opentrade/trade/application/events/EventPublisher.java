package org.opentrade.trade.application.events;

/** Sends one event and returns once the broker stored it (or throws). */
public interface EventPublisher {

    void publish(String topic, String key, Object event);
}
