package org.opentrade.user.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.user.domain.apikey.GeneratedKey;

/** Secrets sealed for storage: they open again only with the same master key, for the same key id, unaltered. */
class AesGcmSecretSealingTest {
    static final String MASTER = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=";
    static final String OTHER_MASTER = "bG9jYWwtb25seS1hcGkta2V5LW1hc3Rlci1rZXktMDE=";

    final AesGcmSecretSealing sealing = new AesGcmSecretSealing(MASTER);
    final GeneratedKey key = GeneratedKey.random();

    @Test
    void aSealedSecretOpensToItselfAndShowsNothingOfIt() {
        String sealed = sealing.seal(key.keyId(), key.secret());

        assertThat(sealing.open(key.keyId(), sealed)).isEqualTo(key.secret());
        assertThat(sealed).doesNotContain(key.secret());
        assertThat(Base64.getDecoder().decode(sealed)).hasSize(12 + 43 + 16);
        assertThat(sealed.length()).isLessThanOrEqualTo(128);
    }

    @Test
    void eachSealUsesAFreshNonce() {
        assertThat(sealing.seal(key.keyId(), key.secret())).isNotEqualTo(sealing.seal(key.keyId(), key.secret()));
    }

    @Test
    void anotherKeyIdAnotherMasterKeyOrAnAlteredByteDoNotOpen() {
        String sealed = sealing.seal(key.keyId(), key.secret());
        byte[] altered = Base64.getDecoder().decode(sealed);
        altered[20] ^= 1;

        assertUnavailable(() -> sealing.open(GeneratedKey.random().keyId(), sealed));
        assertUnavailable(() -> new AesGcmSecretSealing(OTHER_MASTER).open(key.keyId(), sealed));
        assertUnavailable(() -> sealing.open(key.keyId(), Base64.getEncoder().encodeToString(altered)));
        assertUnavailable(() -> sealing.open(key.keyId(), "not base64!"));
        assertUnavailable(() -> sealing.open(key.keyId(), "AAAA"));
    }

    @Test
    void aMasterKeyMustBe32BytesOfBase64() {
        for (String bad : new String[] {null, "", "too-short", "MDEyMzQ1Njc4OWFiY2RlZg==", MASTER + "AAAA", "%%%"}) {
            assertThatThrownBy(() -> new AesGcmSecretSealing(bad)).as(String.valueOf(bad))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("OPENTRADE_API_KEY_MASTER_KEY");
        }
    }

    private static void assertUnavailable(Runnable open) {
        assertThatThrownBy(open::run).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
    }
}
