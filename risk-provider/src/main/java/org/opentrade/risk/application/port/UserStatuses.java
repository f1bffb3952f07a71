package org.opentrade.risk.application.port;

import java.util.Map;
import java.util.Set;

import org.opentrade.risk.domain.pretrade.UserStanding;

/**
 * Whether users may trade, as user-provider says, at most a second old: a freeze stops a user's orders within a second
 * without a call per order.
 */
public interface UserStatuses {

    /**
     * The standing of every one of {@code userIds} (the map has them all).
     *
     * @throws org.opentrade.api.BusinessException SERVICE_UNAVAILABLE when user-provider cannot answer: no order passes
     *                                             unchecked
     */
    Map<Long, UserStanding> standings(Set<Long> userIds);
}
