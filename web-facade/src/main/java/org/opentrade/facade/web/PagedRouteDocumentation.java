package org.opentrade.facade.web;

import java.util.Arrays;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;

/**
 * Every route that takes {@link PageParameters} pages the same way, so the OpenAPI document says so in one place:
 * how to follow the pages, and the two headers of a 200 that name the next one.
 */
@Configuration
class PagedRouteDocumentation {

    @Bean
    OperationCustomizer pagedRoutes() {
        return PagedRouteDocumentation::document;
    }

    static Operation document(Operation operation, HandlerMethod handler) {
        boolean paged = Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> parameter.getParameterType() == PageParameters.class);
        if (!paged) {
            return operation;
        }
        String description = operation.getDescription();
        operation.setDescription(description == null ? PageParameters.PAGED : description + " " + PageParameters.PAGED);
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponse ok = operation.getResponses().computeIfAbsent("200", code -> new ApiResponse().description("OK"));
        ok.addHeaderObject(PageHeaders.NEXT_CURSOR,
                new Header().description("the next page's cursor").schema(new StringSchema()));
        ok.addHeaderObject("Link",
                new Header().description("<url of the next page>; rel=\"next\"").schema(new StringSchema()));
        return operation;
    }
}
