package org.opentrade.user.domain.apikey;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.opentrade.api.user.UserStatus;
import org.opentrade.api.user.apikey.AddressRange;
import org.opentrade.api.user.apikey.ApiKeyScope;
import org.opentrade.api.user.apikey.ApiKeyStatus;
import org.opentrade.api.user.apikey.ApiKeyView;

/**
 * One API key as stored: its secret only sealed ({@code sealedSecret}, opened by the SecretSealing port when the
 * facade asks for it). Revoked keys stay, with the time, as the record of the key.
 *
 * @param revokedAt null while the key is live
 */
public record ApiKey(String keyId, long userId, String label, Set<ApiKeyScope> scopes,
                     List<AddressRange> allowedAddresses, String sealedSecret, Instant createdAt, Instant revokedAt) {

    public ApiKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(sealedSecret, "sealedSecret");
        Objects.requireNonNull(createdAt, "createdAt");
        scopes = Set.copyOf(scopes);
        allowedAddresses = List.copyOf(allowedAddresses);
    }

    public static ApiKey issue(String keyId, long userId, ApiKeyRequest request, String sealedSecret, Instant now) {
        return new ApiKey(keyId, userId, request.label(), request.scopes(), request.allowedAddresses(), sealedSecret,
                now, null);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /** A revoked key stays revoked whatever its user's status; a live one follows its user, like a session. */
    public ApiKeyStatus status(UserStatus userStatus) {
        if (revoked()) {
            return ApiKeyStatus.REVOKED;
        }
        return userStatus == UserStatus.ACTIVE ? ApiKeyStatus.ACTIVE : ApiKeyStatus.USER_FROZEN;
    }

    public List<String> allowedAddressTexts() {
        return allowedAddresses.stream().map(AddressRange::toString).toList();
    }

    public ApiKeyView view() {
        return new ApiKeyView(keyId, userId, label, scopes, allowedAddressTexts(), createdAt.toEpochMilli(),
                revoked() ? revokedAt.toEpochMilli() : 0L);
    }
}
