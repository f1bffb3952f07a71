package org.opentrade.facade.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.opentrade.api.trade.FillPage;
import org.opentrade.api.trade.FillQuery;
import org.opentrade.api.trade.OrderPage;
import org.opentrade.api.trade.OrderQuery;
import org.opentrade.api.trade.TradeService;
import org.opentrade.facade.auth.Caller;
import org.opentrade.facade.web.OrderController.FillResponse;
import org.opentrade.facade.web.OrderController.OrderResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's orders and fills, newest first, in pages: the body is a JSON array as before (API v1), the next
 * page is named by the X-Next-Cursor and Link headers, absent on the last page. Each row appears exactly once
 * across pages, also while new rows arrive.
 */
@RestController
@Validated
@RequestMapping("/api/v1")
@Tag(name = "Trading")
class HistoryController {
    static final String CURSOR = "[A-Za-z0-9_-]{1,96}";
    static final String LIMIT_DEFAULT = "50";
    static final String PAGED = "Pages: pass X-Next-Cursor back as cursor (or follow Link rel=\"next\") with the same "
            + "filters; both headers are absent on the last page.";

    private final TradeService trading;

    HistoryController(TradeService trading) {
        this.trading = trading;
    }

    @GetMapping("/orders")
    @Operation(summary = "The caller's orders, newest first, in pages", description = PAGED,
            security = @SecurityRequirement(name = "bearer"), responses = @ApiResponse(responseCode = "200",
            description = "a page of orders", headers = {
                    @Header(name = PageHeaders.NEXT_CURSOR, description = "the next page's cursor"),
                    @Header(name = "Link", description = "<url of the next page>; rel=\"next\"")}))
    ResponseEntity<List<OrderResponse>> orders(
            Caller caller, HttpServletRequest request,
            @RequestParam(required = false) @Size(max = 16) String symbol,
            @Parameter(description = "open: NEW and PARTIALLY_FILLED only")
            @RequestParam(defaultValue = "all") @Pattern(regexp = "open|all") String state,
            @RequestParam(defaultValue = LIMIT_DEFAULT) @Min(1) @Max(OrderQuery.LIMIT_MAX) int limit,
            @Parameter(description = "the previous page's X-Next-Cursor")
            @RequestParam(required = false) @Pattern(regexp = CURSOR) String cursor,
            @Parameter(description = "created at or after: ISO-8601 instant or epoch milliseconds")
            @RequestParam(required = false) @Size(max = 40) String from,
            @Parameter(description = "created before: ISO-8601 instant or epoch milliseconds")
            @RequestParam(required = false) @Size(max = 40) String to) {
        OrderPage page = trading.listOrders(new OrderQuery(caller.userId(), symbol, "open".equals(state),
                RequestTimes.epochMs("from", from), RequestTimes.epochMs("to", to), cursor, limit));
        return PageHeaders.page(page.orders().stream().map(OrderResponse::of).toList(), page.nextCursor(), request);
    }

    @GetMapping("/fills")
    @Operation(summary = "The caller's fills, newest first, in pages", description = PAGED,
            security = @SecurityRequirement(name = "bearer"), responses = @ApiResponse(responseCode = "200",
            description = "a page of fills", headers = {
                    @Header(name = PageHeaders.NEXT_CURSOR, description = "the next page's cursor"),
                    @Header(name = "Link", description = "<url of the next page>; rel=\"next\"")}))
    ResponseEntity<List<FillResponse>> fills(
            Caller caller, HttpServletRequest request,
            @RequestParam(required = false) @Size(max = 16) String symbol,
            @RequestParam(defaultValue = LIMIT_DEFAULT) @Min(1) @Max(FillQuery.LIMIT_MAX) int limit,
            @Parameter(description = "the previous page's X-Next-Cursor")
            @RequestParam(required = false) @Pattern(regexp = CURSOR) String cursor,
            @Parameter(description = "traded at or after: ISO-8601 instant or epoch milliseconds")
            @RequestParam(required = false) @Size(max = 40) String from,
            @Parameter(description = "traded before: ISO-8601 instant or epoch milliseconds")
            @RequestParam(required = false) @Size(max = 40) String to) {
        return fillPage(new FillQuery(caller.userId(), symbol, null, RequestTimes.epochMs("from", from),
                RequestTimes.epochMs("to", to), cursor, limit), request);
    }

    @GetMapping("/orders/{orderId}/fills")
    @Operation(summary = "The fills of one of the caller's orders, newest first, in pages (404 for anyone else's)",
            description = PAGED, security = @SecurityRequirement(name = "bearer"),
            responses = @ApiResponse(responseCode = "200", description = "a page of the order's fills", headers = {
                    @Header(name = PageHeaders.NEXT_CURSOR, description = "the next page's cursor"),
                    @Header(name = "Link", description = "<url of the next page>; rel=\"next\"")}))
    ResponseEntity<List<FillResponse>> orderFills(
            Caller caller, HttpServletRequest request,
            @PathVariable @Pattern(regexp = OrderController.ORDER_ID) String orderId,
            @RequestParam(defaultValue = LIMIT_DEFAULT) @Min(1) @Max(FillQuery.LIMIT_MAX) int limit,
            @Parameter(description = "the previous page's X-Next-Cursor")
            @RequestParam(required = false) @Pattern(regexp = CURSOR) String cursor,
            @Parameter(description = "traded at or after: ISO-8601 instant or epoch milliseconds")
            @RequestParam(required = false) @Size(max = 40) String from,
            @Parameter(description = "traded before: ISO-8601 instant or epoch milliseconds")
            @RequestParam(required = false) @Size(max = 40) String to) {
        return fillPage(new FillQuery(caller.userId(), null, orderId, RequestTimes.epochMs("from", from),
                RequestTimes.epochMs("to", to), cursor, limit), request);
    }

    private ResponseEntity<List<FillResponse>> fillPage(FillQuery query, HttpServletRequest request) {
        FillPage page = trading.fills(query);
        return PageHeaders.page(page.fills().stream().map(FillResponse::of).toList(), page.nextCursor(), request);
    }
}
