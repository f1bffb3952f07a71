package org.opentrade.user.domain;

import org.opentrade.api.user.SessionToken;

public interface TokenIssuer {
    SessionToken issue(User user);
}
