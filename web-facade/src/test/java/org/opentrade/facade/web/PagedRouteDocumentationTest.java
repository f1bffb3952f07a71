package org.opentrade.facade.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.opentrade.api.trade.TradeService;
import org.opentrade.facade.auth.Caller;
import org.springframework.web.method.HandlerMethod;

/** The OpenAPI document tells, for every route that takes the paging parameters and only for those, how to page. */
class PagedRouteDocumentationTest {
    final HistoryController history = new HistoryController(mock(TradeService.class));

    @Test
    void aPagedRouteGetsTheNextPageHeadersOnItsOkAnswerAndTheWayToFollowThem() throws Exception {
        Operation operation = new Operation().description("Fills.")
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("a page")));
        HandlerMethod fills = new HandlerMethod(history, HistoryController.class.getDeclaredMethod("fills",
                Caller.class, HttpServletRequest.class, PageParameters.class, String.class));

        PagedRouteDocumentation.document(operation, fills);

        assertThat(operation.getDescription()).isEqualTo("Fills. " + PageParameters.PAGED);
        assertThat(operation.getResponses().get("200").getHeaders()).containsOnlyKeys("X-Next-Cursor", "Link");
    }

    @Test
    void aRouteWithoutPagingIsLeftAsItIs() throws Exception {
        Operation operation = new Operation();
        HandlerMethod time = new HandlerMethod(new TimeController(java.time.Clock.systemUTC()),
                TimeController.class.getDeclaredMethod("time"));

        PagedRouteDocumentation.document(operation, time);

        assertThat(operation.getDescription()).isNull();
        assertThat(operation.getResponses()).isNull();
    }
}
