package org.opentrade.user.application.apikey;

import java.util.List;

import org.opentrade.user.application.port.ApiKeys;
import org.opentrade.user.domain.apikey.ApiKey;
import org.springframework.stereotype.Service;

/** A user's keys, live and revoked, newest first, never with a secret. */
@Service
public class ApiKeyListing {
    /** Every live key (at most 20 by default) and the most recently revoked ones. */
    public static final int LIMIT = 100;

    private final ApiKeys keys;

    public ApiKeyListing(ApiKeys keys) {
        this.keys = keys;
    }

    public List<ApiKey> of(long userId) {
        return keys.ofUser(userId, LIMIT);
    }
}
