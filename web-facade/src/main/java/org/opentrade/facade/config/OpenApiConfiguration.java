package org.opentrade.facade.config;

import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.opentrade.api.user.apikey.ApiKeyScope;
import org.opentrade.facade.auth.Caller;
import org.opentrade.facade.auth.apikey.ApiKeyHeaders;
import org.opentrade.facade.auth.apikey.RouteScopes;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OpenApiConfiguration {
    static final String BEARER = "bearer";
    static final String API_KEY = "apiKey";
    static final String SIGNING = "A request signed with an API key (POST /api/v1/api-keys) carries " + ApiKeyHeaders.KEY
            + " (the key id), " + ApiKeyHeaders.TIMESTAMP + " (epoch milliseconds, within 5 s of GET /api/v1/time) and "
            + ApiKeyHeaders.SIGNATURE + ": lower-case hex HMAC-SHA256, keyed with the secret's characters, of "
            + "timestamp + METHOD + path + \"?\" + query string as sent + body bytes. Each signature is accepted once.";

    static {
        // the authenticated caller comes from the bearer token or the API key, never from a request parameter
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenAPI openApi() {
        return new OpenAPI()
                .info(new Info().title("opentrade HTTP API").version("v1")
                        .description("Amounts, prices and quantities are decimal strings; ids are strings. Errors: "
                                + "{code, message, requestId}."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT"))
                        .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name(ApiKeyHeaders.KEY).description(SIGNING)));
    }

    /**
     * Every authenticated operation an API key may call lists the key as a second way in, with the scope it needs,
     * read from the same table the request filter decides by ({@link RouteScopes}), so the document cannot drift.
     */
    @Bean
    OpenApiCustomizer apiKeyRoutes() {
        return document -> document.getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                Optional<ApiKeyScope> scope = RouteScopes.required(entry.getKey().name(), path);
                if (operation.getSecurity() == null || operation.getSecurity().isEmpty() || scope.isEmpty()) {
                    continue;
                }
                operation.addSecurityItem(new SecurityRequirement().addList(API_KEY));
                String note = "API key scope: " + scope.get().wireName() + ".";
                operation.setDescription(operation.getDescription() == null ? note
                        : operation.getDescription() + " " + note);
            }
        });
    }
}
