package org.opentrade.platform.users;

import java.util.function.LongConsumer;

import org.opentrade.api.user.SessionEvents;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.api.listener.StatusListener;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * user-provider's announcements that a user changed ({@link SessionEvents}: a freeze, an unfreeze, a logout, a
 * password change), for an application that caches something about users: each message calls {@code forgetUser},
 * and each (re)subscription calls {@code forgetAll}, since announcements published while this instance was not
 * subscribed (Redis restarted, connection lost) are unknown. A lost message is covered by the cache's own lifetime.
 */
public final class UserChangeSubscription implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(UserChangeSubscription.class);

    private final RTopic topic;
    private final int messageListenerId;
    private final int statusListenerId;

    public UserChangeSubscription(RedissonClient redisson, LongConsumer forgetUser, Runnable forgetAll) {
        this.topic = redisson.getTopic(SessionEvents.CHANNEL, StringCodec.INSTANCE);
        this.statusListenerId = topic.addListener(new StatusListener() {
            @Override
            public void onSubscribe(String channel) {
                forgetAll.run();
            }

            @Override
            public void onUnsubscribe(String channel) {
                log.warn("no longer subscribed to {}; user changes reach this instance by cache expiry", channel);
            }
        });
        this.messageListenerId = topic.addListener(String.class, (channel, userId) -> {
            try {
                forgetUser.accept(Long.parseLong(userId));
            } catch (NumberFormatException e) {
                log.warn("ignored a malformed user announcement: {}", userId);
            }
        });
    }

    @Override
    public void close() {
        topic.removeListener(messageListenerId, statusListenerId);
    }
}
