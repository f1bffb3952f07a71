package org.opentrade.user.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opentrade.api.user.apikey.ApiKeyScope;

/** What a key request may hold, bounded like the columns it lands in. */
class ApiKeyRequestTest {
    static final Set<ApiKeyScope> READ = EnumSet.of(ApiKeyScope.READ);

    @Test
    void aLabelIsOneTo64PrintableCharactersCountedAsCodePoints() {
        assertThat(ApiKeyRequest.of("  grid bot  ", READ, null).label()).isEqualTo("grid bot");
        assertThat(ApiKeyRequest.of("\uD83E\uDD16".repeat(64), READ, List.of()).label()).hasSize(128);
        for (String bad : new String[] {null, "", "   ", "x".repeat(65), "tab\there", "new\nline"}) {
            assertThatThrownBy(() -> ApiKeyRequest.of(bad, READ, List.of())).as(String.valueOf(bad))
                    .isInstanceOf(InvalidApiKeyRequest.class);
        }
    }

    @Test
    void atLeastOneScope() {
        assertThat(ApiKeyRequest.of("b", EnumSet.allOf(ApiKeyScope.class), List.of()).scopes())
                .containsExactlyInAnyOrder(ApiKeyScope.values());
        assertThatThrownBy(() -> ApiKeyRequest.of("b", Set.of(), List.of())).isInstanceOf(InvalidApiKeyRequest.class);
        assertThatThrownBy(() -> ApiKeyRequest.of("b", null, List.of())).isInstanceOf(InvalidApiKeyRequest.class);
        Set<ApiKeyScope> withNull = new java.util.HashSet<>(Arrays.asList(ApiKeyScope.READ, null));
        assertThatThrownBy(() -> ApiKeyRequest.of("b", withNull, List.of())).isInstanceOf(InvalidApiKeyRequest.class);
    }

    @Test
    void atMostTenAddressesEachALiteralDuplicatesCollapsed() {
        ApiKeyRequest request = ApiKeyRequest.of("b", READ, List.of("203.0.113.7", "198.51.100.1/24",
                "198.51.100.200/24", "2001:db8::/32"));
        assertThat(request.allowedAddresses()).extracting(Object::toString)
                .containsExactly("203.0.113.7", "198.51.100.0/24", "2001:db8:0:0:0:0:0:0/32");

        List<String> eleven = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            eleven.add("203.0.113." + i);
        }
        assertThatThrownBy(() -> ApiKeyRequest.of("b", READ, eleven)).isInstanceOf(InvalidApiKeyRequest.class)
                .hasMessageContaining("at most 10");
        assertThatThrownBy(() -> ApiKeyRequest.of("b", READ, List.of("203.0.113.7", "localhost")))
                .isInstanceOf(InvalidApiKeyRequest.class).hasMessageContaining("allowedAddresses");
        assertThatThrownBy(() -> ApiKeyRequest.of("b", READ, Arrays.asList("203.0.113.7", null)))
                .isInstanceOf(InvalidApiKeyRequest.class);
    }
}
