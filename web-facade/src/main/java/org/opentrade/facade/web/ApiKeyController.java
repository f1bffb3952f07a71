package org.opentrade.facade.web;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.apache.dubbo.config.annotation.DubboReference;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.UserService;
import org.opentrade.api.user.apikey.ApiKeyCreated;
import org.opentrade.api.user.apikey.ApiKeyScope;
import org.opentrade.api.user.apikey.ApiKeyView;
import org.opentrade.api.user.apikey.CreateApiKeyCommand;
import org.opentrade.facade.auth.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A user's API keys for bots: created, listed and revoked with a session token only (never with a key). The secret is
 * in the creation's answer and nowhere else, ever.
 */
@RestController
@Validated
@RequestMapping("/api/v1")
@Tag(name = "API keys")
class ApiKeyController {
    static final String KEY_ID = "[A-Za-z0-9_-]{24}";
    static final String SIGNING = "Sign each request with headers X-OT-APIKEY (the key id), X-OT-TIMESTAMP (epoch ms, "
            + "within 5 s of GET /api/v1/time) and X-OT-SIGNATURE: hex HMAC-SHA256 under the secret of "
            + "timestamp + METHOD + path + \"?\" + query as sent + body. Scopes: read (GETs), trade (placing and "
            + "canceling orders), withdraw (POST /withdrawals).";

    record CreateRequest(@NotNull @Size(max = 256) String label,
                         @NotNull @Size(min = 1, max = 3) List<@NotNull @Size(max = 16) String> scopes,
                         @Size(max = 10) List<@NotNull @Size(max = 64) String> allowedAddresses) {
    }

    record KeyResponse(String keyId, String label, List<String> scopes, List<String> allowedAddresses,
                       String status, String createdAt, String revokedAt) {
        static KeyResponse of(ApiKeyView key) {
            return new KeyResponse(key.keyId(), key.label(), wireNames(key.scopes()), key.allowedAddresses(),
                    key.revoked() ? "REVOKED" : "ACTIVE", Instant.ofEpochMilli(key.createdAtEpochMs()).toString(),
                    key.revoked() ? Instant.ofEpochMilli(key.revokedAtEpochMs()).toString() : null);
        }
    }

    /** The only answer that carries the secret. */
    record CreatedResponse(String keyId, String secret, String label, List<String> scopes,
                           List<String> allowedAddresses, String createdAt) {
        static CreatedResponse of(ApiKeyCreated created) {
            KeyResponse key = KeyResponse.of(created.key());
            return new CreatedResponse(key.keyId(), created.secret(), key.label(), key.scopes(),
                    key.allowedAddresses(), key.createdAt());
        }
    }

    @DubboReference(check = false)
    private UserService users;

    @PostMapping("/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an API key: {label, scopes: [read|trade|withdraw], allowedAddresses?}; the answer "
            + "carries the secret, shown this once (422 TOO_MANY_API_KEYS past 20 live keys)", description = SIGNING,
            security = @SecurityRequirement(name = "bearer"))
    CreatedResponse create(Caller caller, @Valid @RequestBody CreateRequest request) {
        caller.requireSession();
        return CreatedResponse.of(users.createApiKey(new CreateApiKeyCommand(caller.userId(), request.label(),
                scopes(request.scopes()), request.allowedAddresses() == null ? List.of()
                        : request.allowedAddresses())));
    }

    @GetMapping("/api-keys")
    @Operation(summary = "The caller's API keys, live and revoked, newest first; never a secret",
            security = @SecurityRequirement(name = "bearer"))
    List<KeyResponse> list(Caller caller) {
        caller.requireSession();
        return users.apiKeys(caller.userId()).stream().map(KeyResponse::of).toList();
    }

    @DeleteMapping("/api-keys/{keyId}")
    @Operation(summary = "Revoke one of the caller's API keys: refused from now on, on every instance within a second; "
            + "repeating it answers the same (404 API_KEY_NOT_FOUND for anyone else's)",
            security = @SecurityRequirement(name = "bearer"))
    KeyResponse revoke(Caller caller, @PathVariable @Pattern(regexp = KEY_ID) String keyId) {
        caller.requireSession();
        return KeyResponse.of(users.revokeApiKey(caller.userId(), keyId));
    }

    private static Set<ApiKeyScope> scopes(List<String> names) {
        Set<ApiKeyScope> scopes = EnumSet.noneOf(ApiKeyScope.class);
        for (String name : names) {
            ApiKeyScope scope = ApiKeyScope.ofWireName(name);
            if (scope == null) {
                throw new BusinessException(ErrorCode.VALIDATION_FAILED,
                        "scopes: each is one of read, trade, withdraw; not " + name);
            }
            scopes.add(scope);
        }
        return scopes;
    }

    static List<String> wireNames(Set<ApiKeyScope> scopes) {
        return scopes.stream().sorted().map(ApiKeyScope::wireName).toList();
    }
}
