package org.opentrade.facade.auth;

import org.opentrade.platform.users.UserChangeSubscription;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.DisposableBean;

/**
 * Listens to user-provider's announcements that a user's sessions changed and drops the guard's entries for that
 * user; each (re)subscription drops everything ({@link UserChangeSubscription}).
 */
public class SessionEventsListener implements DisposableBean {
    private final UserChangeSubscription subscription;

    public SessionEventsListener(RedissonClient redisson, SessionGuard guard) {
        this.subscription = new UserChangeSubscription(redisson, guard::forgetUser, guard::forgetAll);
    }

    @Override
    public void destroy() {
        subscription.close();
    }
}
