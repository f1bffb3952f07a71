package org.opentrade.user.application.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.user.Role;
import org.opentrade.api.user.UserStatus;
import org.opentrade.api.user.apikey.ApiKeyCreated;
import org.opentrade.api.user.apikey.ApiKeyScope;
import org.opentrade.api.user.apikey.ApiKeyStanding;
import org.opentrade.api.user.apikey.ApiKeyStatus;
import org.opentrade.api.user.apikey.CreateApiKeyCommand;
import org.opentrade.user.application.InMemoryApiKeys;
import org.opentrade.user.application.InMemoryUsers;
import org.opentrade.user.application.port.SecretSealing;
import org.opentrade.user.domain.User;
import org.opentrade.user.domain.Username;
import org.opentrade.user.domain.apikey.ApiKey;
import org.opentrade.user.domain.apikey.InvalidApiKeyRequest;
import org.springframework.transaction.support.TransactionOperations;

/** Creating, listing, revoking keys and the standing the facade asks for, over in-memory ports. */
class ApiKeyLifecycleTest {
    static final int LIVE_MAX = 3;

    final InMemoryUsers users = new InMemoryUsers();
    final InMemoryApiKeys keys = new InMemoryApiKeys();
    /** Reversible and bound to the key id, like the real sealing; never the secret in the clear. */
    final SecretSealing sealing = new SecretSealing() {
        @Override
        public String seal(String keyId, String secret) {
            return "sealed:" + keyId + ":" + new StringBuilder(secret).reverse();
        }

        @Override
        public String open(String keyId, String sealed) {
            String prefix = "sealed:" + keyId + ":";
            assertThat(sealed).startsWith(prefix);
            return new StringBuilder(sealed.substring(prefix.length())).reverse().toString();
        }
    };
    final List<Long> announced = new ArrayList<>();
    final ApiKeyIssuance issuance = new ApiKeyIssuance(users, keys, sealing, new ApiKeyProperties("unused", LIVE_MAX),
            TransactionOperations.withoutTransaction());
    final ApiKeyListing listing = new ApiKeyListing(keys);
    final ApiKeyRevocation revocation = new ApiKeyRevocation(keys, announced::add);
    final ApiKeyStandings standings = new ApiKeyStandings(keys, users, sealing);
    final User alice = users.add(User.newUser(new Username("alice"), "h", EnumSet.of(Role.USER))).orElseThrow();
    final User bob = users.add(User.newUser(new Username("bob"), "h", EnumSet.of(Role.USER))).orElseThrow();

    @Test
    void aNewKeyAnswersItsSecretOnceAndStoresItOnlySealed() {
        ApiKeyCreated created = create(alice, "grid bot", EnumSet.of(ApiKeyScope.READ, ApiKeyScope.TRADE),
                List.of("198.51.100.9/24", "203.0.113.7"));

        assertThat(created.secret()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(created.key().keyId()).hasSize(24);
        assertThat(created.key().allowedAddresses()).containsExactly("198.51.100.0/24", "203.0.113.7");
        assertThat(created.key().revoked()).isFalse();
        ApiKey stored = keys.byId(created.key().keyId()).orElseThrow();
        assertThat(stored.sealedSecret()).doesNotContain(created.secret());
        assertThat(listing.of(alice.userId())).extracting(ApiKey::view).containsExactly(created.key());
        assertThat(created.toString()).doesNotContain(created.secret());
    }

    @Test
    void theStandingOfALiveKeyCarriesTheSecretScopesAndAllowlist() {
        ApiKeyCreated created = create(alice, "bot", EnumSet.of(ApiKeyScope.WITHDRAW), List.of("203.0.113.7"));

        ApiKeyStanding standing = standings.of(created.key().keyId());

        assertThat(standing.status()).isEqualTo(ApiKeyStatus.ACTIVE);
        assertThat(standing.userId()).isEqualTo(alice.userId());
        assertThat(standing.username()).isEqualTo("alice");
        assertThat(standing.secret()).isEqualTo(created.secret());
        assertThat(standing.scopes()).containsExactly(ApiKeyScope.WITHDRAW);
        assertThat(standing.allowedAddresses()).containsExactly("203.0.113.7");
        assertThat(standing.toString()).doesNotContain(created.secret());
    }

    @Test
    void aFrozenUsersKeyStandsFrozenAndThenActiveAgainAfterTheUnfreeze() {
        String keyId = create(alice, "bot", EnumSet.of(ApiKeyScope.READ), List.of()).key().keyId();

        users.changeStatus(alice.userId(), UserStatus.FROZEN);
        assertThat(standings.of(keyId).status()).isEqualTo(ApiKeyStatus.USER_FROZEN);
        assertThat(standings.of(keyId).secret()).as("the facade checks the signature first").isNotNull();
        assertThatThrownBy(() -> create(alice, "another", EnumSet.of(ApiKeyScope.READ), List.of()))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.USER_FROZEN));

        users.changeStatus(alice.userId(), UserStatus.ACTIVE);
        assertThat(standings.of(keyId).status()).isEqualTo(ApiKeyStatus.ACTIVE);
    }

    @Test
    void aRevokeIsRecordedAnnouncedIdempotentAndNeverOpensTheSecretAgain() {
        String keyId = create(alice, "bot", EnumSet.of(ApiKeyScope.READ), List.of()).key().keyId();

        var revoked = revocation.revoke(alice.userId(), keyId);
        var again = revocation.revoke(alice.userId(), keyId);

        assertThat(revoked.revoked()).isTrue();
        assertThat(again.revokedAt()).isEqualTo(revoked.revokedAt());
        assertThat(announced).containsExactly(alice.userId(), alice.userId());
        ApiKeyStanding standing = standings.of(keyId);
        assertThat(standing.status()).isEqualTo(ApiKeyStatus.REVOKED);
        assertThat(standing.secret()).isNull();
        assertThat(listing.of(alice.userId())).singleElement().satisfies(k -> assertThat(k.revoked()).isTrue());
    }

    @Test
    void anotherUsersKeyIsNotFoundLikeAnUnknownOneAndStaysLive() {
        String keyId = create(alice, "bot", EnumSet.of(ApiKeyScope.READ), List.of()).key().keyId();

        for (String id : new String[] {keyId, "A".repeat(24)}) {
            assertThatThrownBy(() -> revocation.revoke(bob.userId(), id))
                    .isInstanceOfSatisfying(BusinessException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.API_KEY_NOT_FOUND));
        }
        assertThat(standings.of(keyId).status()).isEqualTo(ApiKeyStatus.ACTIVE);
        assertThat(announced).isEmpty();
    }

    @Test
    void liveKeysAreBoundedPerUserAndARevokeFreesASlot() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < LIVE_MAX; i++) {
            ids.add(create(alice, "bot " + i, EnumSet.of(ApiKeyScope.READ), List.of()).key().keyId());
        }
        assertThatThrownBy(() -> create(alice, "one too many", EnumSet.of(ApiKeyScope.READ), List.of()))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TOO_MANY_API_KEYS));
        assertThat(keys.countLive(alice.userId())).isEqualTo(LIVE_MAX);
        create(bob, "bob's own", EnumSet.of(ApiKeyScope.READ), List.of());

        revocation.revoke(alice.userId(), ids.get(0));
        create(alice, "in its place", EnumSet.of(ApiKeyScope.READ), List.of());
        assertThat(listing.of(alice.userId())).hasSize(LIVE_MAX + 1);
    }

    @Test
    void badRequestsStoreNothing() {
        assertThatThrownBy(() -> create(alice, "", EnumSet.of(ApiKeyScope.READ), List.of()))
                .isInstanceOf(InvalidApiKeyRequest.class);
        assertThatThrownBy(() -> create(alice, "bot", Set.of(), List.of())).isInstanceOf(InvalidApiKeyRequest.class);
        assertThatThrownBy(() -> create(alice, "bot", EnumSet.of(ApiKeyScope.READ), List.of("example.com")))
                .isInstanceOf(InvalidApiKeyRequest.class);
        assertThat(keys.byId).isEmpty();
    }

    @Test
    void unknownAndImplausibleKeyIdsStandUnknown() {
        for (String id : new String[] {null, "", "short", "A".repeat(24), "A".repeat(23) + "!", "A".repeat(25)}) {
            assertThat(standings.of(id).status()).as(id).isEqualTo(ApiKeyStatus.UNKNOWN);
            assertThat(standings.of(id).secret()).isNull();
        }
    }

    private ApiKeyCreated create(User user, String label, Set<ApiKeyScope> scopes, List<String> addresses) {
        return issuance.create(new CreateApiKeyCommand(user.userId(), label, scopes, addresses));
    }
}
