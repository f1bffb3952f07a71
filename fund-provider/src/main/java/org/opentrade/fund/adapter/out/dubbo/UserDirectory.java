package org.opentrade.fund.adapter.out.dubbo;

import org.apache.dubbo.config.annotation.DubboReference;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.UserService;
import org.opentrade.api.user.UserStatus;
import org.opentrade.fund.application.transfer.UserStandings;
import org.springframework.stereotype.Component;

/** Asks user-provider whether a user exists and is active. */
@Component
class UserDirectory implements UserStandings {
    @DubboReference(check = false)
    private UserService users;

    @Override
    public boolean isActive(long userId) {
        try {
            return users.getUser(userId).status() == UserStatus.ACTIVE;
        } catch (BusinessException e) {
            if (e.code() == ErrorCode.USER_NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }
}
