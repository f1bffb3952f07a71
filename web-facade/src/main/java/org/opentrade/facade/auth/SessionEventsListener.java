package org.opentrade.facade.auth;

import org.opentrade.api.user.SessionEvents;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.api.listener.StatusListener;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Listens to user-provider's announcements that a user's sessions changed and drops the guard's entries for that
 * user. Each (re)subscription also drops everything: announcements published while this instance was not
 * subscribed (Redis restarted, connection lost) are unknown.
 */
public class SessionEventsListener implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(SessionEventsListener.class);

    private final RTopic topic;
    private final int messageListenerId;
    private final int statusListenerId;

    public SessionEventsListener(RedissonClient redisson, SessionGuard guard) {
        this.topic = redisson.getTopic(SessionEvents.CHANNEL, StringCodec.INSTANCE);
        this.statusListenerId = topic.addListener(new StatusListener() {
            @Override
            public void onSubscribe(String channel) {
                guard.forgetAll();
            }

            @Override
            public void onUnsubscribe(String channel) {
                log.warn("no longer subscribed to {}; session changes reach this instance by cache expiry", channel);
            }
        });
        this.messageListenerId = topic.addListener(String.class, (channel, userId) -> {
            try {
                guard.forgetUser(Long.parseLong(userId));
            } catch (NumberFormatException e) {
                log.warn("ignored a malformed session announcement: {}", userId);
            }
        });
    }

    @Override
    public void destroy() {
        topic.removeListener(messageListenerId, statusListenerId);
    }
}
