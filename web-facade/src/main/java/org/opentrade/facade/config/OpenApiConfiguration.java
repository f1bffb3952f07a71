package org.opentrade.facade.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.opentrade.facade.auth.Caller;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OpenApiConfiguration {
    static {
        // the authenticated caller comes from the bearer token, never from a request parameter
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }
    @Bean
    OpenAPI openApi() {
        return new OpenAPI()
                .info(new Info().title("opentrade HTTP API").version("v1")
                        .description("Amounts, prices and quantities are decimal strings; ids are strings. Errors: "
                                + "{code, message, requestId}."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
    }
}
