package org.opentrade.facade.auth;

import org.opentrade.facade.auth.apikey.ApiKeyRegistry;
import org.opentrade.platform.users.UserChangeSubscription;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.DisposableBean;

/**
 * Listens to user-provider's announcements that a user changed (a freeze, an unfreeze, a logout, a password change,
 * a revoked API key) and drops what the guard and the key registry cached for that user; each (re)subscription
 * drops everything ({@link UserChangeSubscription}).
 */
public class SessionEventsListener implements DisposableBean {
    private final UserChangeSubscription subscription;

    public SessionEventsListener(RedissonClient redisson, SessionGuard guard, ApiKeyRegistry keys) {
        this.subscription = new UserChangeSubscription(redisson, userId -> {
            guard.forgetUser(userId);
            keys.forgetUser(userId);
        }, () -> {
            guard.forgetAll();
            keys.forgetAll();
        });
    }

    @Override
    public void destroy() {
        subscription.close();
    }
}
