package org.opentrade.user.adapter.out.redis;

import org.opentrade.api.user.SessionEvents;
import org.opentrade.user.application.port.SessionAnnouncements;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Redis pub/sub: every facade instance subscribes. Publishing happens after the change committed; if Redis is
 * unreachable the announcement is lost and logged, and the facades see the change when their cached entry
 * expires (a few seconds), which is why a failure here does not fail the change itself.
 */
@Component
class RedisSessionAnnouncements implements SessionAnnouncements {
    private static final Logger log = LoggerFactory.getLogger(RedisSessionAnnouncements.class);

    private final RedissonClient redisson;

    RedisSessionAnnouncements(RedissonClient redisson) {
        this.redisson = redisson;
    }

    @Override
    public void sessionsChanged(long userId) {
        try {
            redisson.getTopic(SessionEvents.CHANNEL, StringCodec.INSTANCE).publish(Long.toString(userId));
        } catch (RuntimeException e) {
            log.warn("sessions of user {} changed but the facades were not told now ({}); "
                    + "their cache expiry covers it", userId, e.toString());
        }
    }
}
