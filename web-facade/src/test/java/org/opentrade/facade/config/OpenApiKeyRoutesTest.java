package org.opentrade.facade.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.junit.jupiter.api.Test;

/** The document lists the API key as a second way into exactly the authenticated routes a key may call. */
class OpenApiKeyRoutesTest {

    @Test
    void keyRoutesListTheKeyAndTheirScopeSessionOnlyAndPublicRoutesDoNot() {
        Operation place = bearer("Place an order");
        Operation read = bearer(null);
        Operation createKey = bearer(null);
        Operation transfer = bearer(null);
        Operation time = new Operation();
        OpenAPI document = new OpenAPI().paths(new Paths()
                .addPathItem("/api/v1/orders", new PathItem().post(place).get(read))
                .addPathItem("/api/v1/api-keys", new PathItem().post(createKey))
                .addPathItem("/api/v1/transfers", new PathItem().post(transfer))
                .addPathItem("/api/v1/time", new PathItem().get(time)));

        new OpenApiConfiguration().apiKeyRoutes().customise(document);

        assertThat(place.getSecurity()).hasSize(2);
        assertThat(place.getSecurity().get(1)).containsKey(OpenApiConfiguration.API_KEY);
        assertThat(place.getDescription()).isEqualTo("Place an order API key scope: trade.");
        assertThat(read.getDescription()).isEqualTo("API key scope: read.");
        assertThat(createKey.getSecurity()).hasSize(1);
        assertThat(transfer.getSecurity()).hasSize(1);
        assertThat(time.getSecurity()).isNull();
    }

    private static Operation bearer(String description) {
        return new Operation().description(description)
                .addSecurityItem(new SecurityRequirement().addList(OpenApiConfiguration.BEARER));
    }
}
