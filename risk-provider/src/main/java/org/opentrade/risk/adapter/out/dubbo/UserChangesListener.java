package org.opentrade.risk.adapter.out.dubbo;

import org.opentrade.api.user.SessionEvents;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.api.listener.StatusListener;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * user-provider's announcements that a user changed (SessionEvents: a freeze, an unfreeze, ...) drop that user's
 * cached standing, so a freeze refuses the user's next batch. Each (re)subscription drops every standing:
 * announcements published while this instance was not subscribed are unknown.
 */
@Component
class UserChangesListener implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(UserChangesListener.class);

    private final RTopic topic;
    private final int messageListenerId;
    private final int statusListenerId;

    UserChangesListener(RedissonClient redisson, UserServiceStatuses statuses) {
        this.topic = redisson.getTopic(SessionEvents.CHANNEL, StringCodec.INSTANCE);
        this.statusListenerId = topic.addListener(new StatusListener() {
            @Override
            public void onSubscribe(String channel) {
                statuses.forgetAll();
            }

            @Override
            public void onUnsubscribe(String channel) {
                log.warn("no longer subscribed to {}; user changes reach risk control by cache expiry", channel);
            }
        });
        this.messageListenerId = topic.addListener(String.class, (channel, userId) -> {
            try {
                statuses.forget(Long.parseLong(userId));
            } catch (NumberFormatException e) {
                log.warn("ignored a malformed user announcement: {}", userId);
            }
        });
    }

    @Override
    public void destroy() {
        topic.removeListener(messageListenerId, statusListenerId);
    }
}
