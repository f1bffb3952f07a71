package org.opentrade.risk.adapter.out.dubbo;

import org.apache.dubbo.config.annotation.DubboReference;
import org.opentrade.api.user.UserService;
import org.opentrade.api.user.UserStatus;
import org.opentrade.api.user.UserStatusChange;
import org.opentrade.risk.application.port.Interception;
import org.springframework.stereotype.Component;

/** A severe alert's freeze, through user-provider: the same path as an operator's freeze, recorded with its actor. */
@Component
class UserInterception implements Interception {
    static final int REASON_LENGTH_MAX = 256;

    @DubboReference(check = false)
    private UserService users;

    @Override
    public void freeze(long userId, String actor, String reason) {
        String shortened = reason.length() <= REASON_LENGTH_MAX ? reason : reason.substring(0, REASON_LENGTH_MAX);
        users.changeStatus(new UserStatusChange(userId, UserStatus.FROZEN, actor, shortened));
    }
}
