package org.opentrade.user.adapter.in.dubbo;

import java.util.List;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.apikey.ApiKeyCreated;
import org.opentrade.api.user.apikey.ApiKeyStanding;
import org.opentrade.api.user.apikey.ApiKeyView;
import org.opentrade.api.user.apikey.CreateApiKeyCommand;
import org.opentrade.user.application.apikey.ApiKeyIssuance;
import org.opentrade.user.application.apikey.ApiKeyListing;
import org.opentrade.user.application.apikey.ApiKeyRevocation;
import org.opentrade.user.application.apikey.ApiKeyStandings;
import org.opentrade.user.domain.apikey.ApiKey;
import org.opentrade.user.domain.apikey.InvalidApiKeyRequest;
import org.springframework.stereotype.Component;

/** The API key calls of {@link UserServiceEndpoint}: contract types to use cases, bad requests to VALIDATION_FAILED. */
@Component
class ApiKeyCalls {
    private final ApiKeyIssuance issuance;
    private final ApiKeyListing listing;
    private final ApiKeyRevocation revocation;
    private final ApiKeyStandings standings;

    ApiKeyCalls(ApiKeyIssuance issuance, ApiKeyListing listing, ApiKeyRevocation revocation,
                ApiKeyStandings standings) {
        this.issuance = issuance;
        this.listing = listing;
        this.revocation = revocation;
        this.standings = standings;
    }

    ApiKeyCreated create(CreateApiKeyCommand command) {
        if (command == null) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, "the request is required");
        }
        try {
            return issuance.create(command);
        } catch (InvalidApiKeyRequest e) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, e.getMessage());
        }
    }

    List<ApiKeyView> list(long userId) {
        return listing.of(userId).stream().map(ApiKey::view).toList();
    }

    ApiKeyView revoke(long userId, String keyId) {
        return revocation.revoke(userId, keyId).view();
    }

    ApiKeyStanding standing(String keyId) {
        return standings.of(keyId);
    }
}
