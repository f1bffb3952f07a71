package org.opentrade.facade.auth.apikey;

import java.time.Clock;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.apikey.ApiKeyScope;
import org.opentrade.api.user.apikey.ApiKeyStatus;
import org.opentrade.facade.auth.Caller;

/**
 * Checks a signed request, cheapest and least revealing first: the route takes keys at all (SESSION_REQUIRED), the
 * timestamp is inside the window (TIMESTAMP_OUTSIDE_WINDOW), the key is live (API_KEY_INVALID), the signature is
 * the key's (SIGNATURE_INVALID); only a request that proved it holds the secret learns more: its user is frozen
 * (USER_FROZEN), its address is not allowed (ADDRESS_NOT_ALLOWED), its key lacks the scope (SCOPE_MISSING). Last,
 * and only then, the gate remembers the signature (REPLAYED_REQUEST) and counts the key's rate (RATE_LIMITED): a
 * refused request consumes nothing.
 */
public class ApiKeyAuthenticator {
    private final ApiKeyRegistry registry;
    private final RequestGate gate;
    private final ReceiveWindow window;
    private final Clock clock;

    public ApiKeyAuthenticator(ApiKeyRegistry registry, RequestGate gate, ReceiveWindow window, Clock clock) {
        this.registry = registry;
        this.gate = gate;
        this.window = window;
        this.clock = clock;
    }

    /** The caller, or a BusinessException naming the first check that failed (RateLimited for the rate). */
    public Caller authenticate(SignedRequest request, String clientAddress) {
        request.requirePlainPath();
        ApiKeyScope needed = RouteScopes.required(request.method(), request.path())
                .orElseThrow(() -> new BusinessException(ErrorCode.SESSION_REQUIRED,
                        request.method() + " " + request.path() + " takes a session token, never an API key"));
        long nowMs = clock.millis();
        if (!window.admits(request.timestampMs(), nowMs)) {
            throw new BusinessException(ErrorCode.TIMESTAMP_OUTSIDE_WINDOW, "the timestamp is "
                    + (nowMs - request.timestampMs()) + " ms from the server's clock; at most " + window.windowMs()
                    + " either way (GET /api/v1/time)");
        }
        if (!request.plausibleKeyId()) {
            throw new BusinessException(ErrorCode.API_KEY_INVALID);
        }
        KeyMaterial key = registry.get(request.keyId());
        if (!key.usable()) {
            throw new BusinessException(ErrorCode.API_KEY_INVALID);
        }
        if (!RequestSignature.matches(key.hmacKey(), request.canonical(), request.signature())) {
            throw new BusinessException(ErrorCode.SIGNATURE_INVALID);
        }
        requireAllowed(key, needed, clientAddress);
        admit(key, request, nowMs);
        return Caller.ofApiKey(key.userId(), key.username(), key.keyId());
    }

    private static void requireAllowed(KeyMaterial key, ApiKeyScope needed, String clientAddress) {
        if (key.status() == ApiKeyStatus.USER_FROZEN) {
            throw new BusinessException(ErrorCode.USER_FROZEN,
                    "The user is frozen; requests are refused until an operator unfreezes it");
        }
        if (!key.allows(clientAddress)) {
            throw new BusinessException(ErrorCode.ADDRESS_NOT_ALLOWED,
                    "the client address " + clientAddress + " is not on this key's allowlist");
        }
        if (!key.scopes().contains(needed)) {
            throw new BusinessException(ErrorCode.SCOPE_MISSING, "this route needs an API key with scope "
                    + needed.wireName());
        }
    }

    private void admit(KeyMaterial key, SignedRequest request, long nowMs) {
        RequestGate.Admission admission = gate.admit(key.keyId(), request.signature(), nowMs,
                window.signatureMemoryMs());
        switch (admission.outcome()) {
            case ADMITTED -> { }
            case REPLAYED -> throw new BusinessException(ErrorCode.REPLAYED_REQUEST);
            case LIMITED -> throw new RateLimited(gate.requestsPerSecond(), admission.retryAfterMs());
        }
    }
}
