package org.opentrade.risk.adapter.out.dubbo;

import org.opentrade.platform.users.UserChangeSubscription;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * user-provider's announcements that a user changed (a freeze, an unfreeze, ...) drop that user's cached standing, so
 * a freeze refuses the user's next batch; each (re)subscription drops every standing ({@link UserChangeSubscription}).
 */
@Component
class UserChangesListener implements DisposableBean {
    private final UserChangeSubscription subscription;

    UserChangesListener(RedissonClient redisson, UserServiceStatuses statuses) {
        this.subscription = new UserChangeSubscription(redisson, statuses::forget, statuses::forgetAll);
    }

    @Override
    public void destroy() {
        subscription.close();
    }
}
