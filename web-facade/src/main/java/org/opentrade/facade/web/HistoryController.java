package org.opentrade.facade.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
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
    private final TradeService trading;

    HistoryController(TradeService trading) {
        this.trading = trading;
    }

    @GetMapping("/orders")
    @Operation(summary = "The caller's orders, newest first, in pages (from/to: creation time)",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<List<OrderResponse>> orders(
            Caller caller, HttpServletRequest request, @Valid PageParameters page,
            @RequestParam(required = false) @Size(max = 16) String symbol,
            @Parameter(description = "open: NEW and PARTIALLY_FILLED only")
            @RequestParam(defaultValue = "all") @Pattern(regexp = "open|all") String state) {
        OrderPage orders = trading.listOrders(new OrderQuery(caller.userId(), symbol, "open".equals(state),
                page.fromEpochMs(), page.toEpochMs(), page.cursor(), page.limitOrDefault()));
        return PageHeaders.page(orders.orders().stream().map(OrderResponse::of).toList(), orders.nextCursor(), request);
    }

    @GetMapping("/fills")
    @Operation(summary = "The caller's fills, newest first, in pages (from/to: trade time)",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<List<FillResponse>> fills(Caller caller, HttpServletRequest request, @Valid PageParameters page,
                                             @RequestParam(required = false) @Size(max = 16) String symbol) {
        return fillPage(new FillQuery(caller.userId(), symbol, null, page.fromEpochMs(), page.toEpochMs(),
                page.cursor(), page.limitOrDefault()), request);
    }

    @GetMapping("/orders/{orderId}/fills")
    @Operation(summary = "The fills of one of the caller's orders, newest first, in pages (404 for anyone else's)",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<List<FillResponse>> orderFills(
            Caller caller, HttpServletRequest request, @Valid PageParameters page,
            @PathVariable @Pattern(regexp = OrderController.ORDER_ID) String orderId) {
        return fillPage(new FillQuery(caller.userId(), null, orderId, page.fromEpochMs(), page.toEpochMs(),
                page.cursor(), page.limitOrDefault()), request);
    }

    private ResponseEntity<List<FillResponse>> fillPage(FillQuery query, HttpServletRequest request) {
        FillPage page = trading.fills(query);
        return PageHeaders.page(page.fills().stream().map(FillResponse::of).toList(), page.nextCursor(), request);
    }
}
