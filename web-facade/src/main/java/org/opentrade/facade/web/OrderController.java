package org.opentrade.facade.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.apache.dubbo.rpc.RpcException;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.money.Decimal8;
import org.opentrade.api.trade.AmendOrderCommand;
import org.opentrade.api.trade.CanceledOrders;
import org.opentrade.api.trade.FillView;
import org.opentrade.api.trade.OrderView;
import org.opentrade.api.trade.PlaceOrderCommand;
import org.opentrade.api.trade.TradeService;
import org.opentrade.facade.auth.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1")
@Tag(name = "Trading")
class OrderController {
    static final String ORDER_ID = "\\d{1,19}";
    static final String REMAINING = "X-Remaining";

    record PlaceOrderRequest(@NotNull @Size(max = 16) String symbol, @NotNull @Size(max = 8) String side,
                             @NotNull @Size(max = 8) String type, @Size(max = 4) String timeInForce,
                             @Size(max = 40) String price, @NotNull @Size(max = 40) String quantity,
                             Boolean postOnly, @Size(max = 64) String clientOrderId) {
    }

    record AmendOrderRequest(@Size(max = 40) String price, @Size(max = 40) String quantity) {
    }

    record OrderResponse(String orderId, String clientOrderId, String symbol, String side, String type,
                         String timeInForce, String price, String quantity, String filledQuantity, boolean postOnly,
                         String status, String rejectReason, String createdAt) {
        static OrderResponse of(OrderView o) {
            return new OrderResponse(o.orderId(), o.clientOrderId(), o.symbol(), o.side(), o.type(), o.timeInForce(),
                    Decimal8.format(o.price()), Decimal8.format(o.quantity()), Decimal8.format(o.filledQuantity()),
                    o.postOnly(), o.status(), o.rejectReason(), Instant.ofEpochMilli(o.createdAtEpochMs()).toString());
        }
    }

    record FillResponse(String tradeId, String orderId, String symbol, String side, String price, String quantity,
                        String fee, String feeAsset, String liquidity, String time) {
        static FillResponse of(FillView f) {
            return new FillResponse(f.tradeId(), f.orderId(), f.symbol(), f.side(), Decimal8.format(f.price()),
                    Decimal8.format(f.quantity()), Decimal8.format(f.fee()), f.feeAsset(), f.liquidity(),
                    Instant.ofEpochMilli(f.timeEpochMs()).toString());
        }
    }

    private final TradeService trading;

    OrderController(TradeService trading) {
        this.trading = trading;
    }

    @PostMapping("/orders")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Place an order; a repeated clientOrderId returns the original order",
            security = @SecurityRequirement(name = "bearer"))
    OrderResponse place(Caller caller, @Valid @RequestBody PlaceOrderRequest request) {
        String timeInForce = request.timeInForce() == null ? "GTC" : request.timeInForce();
        String clientOrderId = request.clientOrderId() == null ? UUID.randomUUID().toString() : request.clientOrderId();
        PlaceOrderCommand command = new PlaceOrderCommand(caller.userId(), request.symbol(), request.side(),
                request.type(), timeInForce, OrderRequests.price(request.price(), request.type()),
                OrderRequests.quantity(request.quantity()), Boolean.TRUE.equals(request.postOnly()), clientOrderId);
        try {
            return OrderResponse.of(trading.placeOrder(command));
        } catch (RpcException e) {
            throw unknownIfSent(e, clientOrderId);
        }
    }

    /**
     * A place that timed out, or whose connection broke after it was sent, may have reached the book: the client
     * must repeat it with the same clientOrderId to get its outcome. Only a call that was never sent (no provider)
     * is "not placed".
     */
    private static RuntimeException unknownIfSent(RpcException e, String clientOrderId) {
        if (e.isTimeout() || e.isNetwork()) {
            return new BusinessException(ErrorCode.ORDER_STATUS_UNKNOWN, "the order may have reached the market; "
                    + "repeat it with clientOrderId " + clientOrderId + " to get its outcome (never a second order)");
        }
        return e;
    }

    @GetMapping("/orders/{orderId}")
    @Operation(summary = "One of the caller's orders (404 for anyone else's)", security = @SecurityRequirement(name = "bearer"))
    OrderResponse get(Caller caller, @PathVariable @Pattern(regexp = ORDER_ID) String orderId) {
        return OrderResponse.of(trading.getOrder(caller.userId(), orderId));
    }

    @PatchMapping("/orders/{orderId}")
    @Operation(summary = "Amend an open LIMIT GTC order: a new price, a new total quantity, or both",
            description = "The body is {\"price\": \"...\", \"quantity\": \"...\"}; a field left out stays as it is. "
                    + "quantity is the order's new total, what already traded included, and must stay above its "
                    + "filledQuantity (409 AMEND_BELOW_FILLED). Reducing the quantity at the same price keeps the "
                    + "order's time priority; any other change loses it: the order queues again at the back of its "
                    + "new price level, and if that price crosses it trades at once as a taker. A change that needs a "
                    + "bigger hold freezes the difference first (422 INSUFFICIENT_FUNDS or RISK_REJECTED: the order is "
                    + "unchanged); one that needs less releases the difference. Answers the order as GET "
                    + "/orders/{orderId} shows it afterwards. 404 for an order that is not the caller's; 409 "
                    + "ORDER_NOT_OPEN (filled, canceled), ORDER_NOT_AMENDABLE (not LIMIT GTC; a post-only order to a "
                    + "price that would take), ORDER_CHANGED (it traded while the amend was on its way: read it, retry).",
            security = @SecurityRequirement(name = "bearer"))
    OrderResponse amend(Caller caller, @PathVariable @Pattern(regexp = ORDER_ID) String orderId,
                        @Valid @RequestBody AmendOrderRequest request) {
        if (request.price() == null && request.quantity() == null) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, "give a new price, a new quantity, or both");
        }
        long price = request.price() == null ? 0 : OrderRequests.price(request.price(), "LIMIT");
        long quantity = request.quantity() == null ? 0 : OrderRequests.quantity(request.quantity());
        try {
            return OrderResponse.of(trading.amendOrder(new AmendOrderCommand(caller.userId(), orderId, price, quantity)));
        } catch (RpcException e) {
            if (e.isTimeout() || e.isNetwork()) {
                throw new BusinessException(ErrorCode.ORDER_STATUS_UNKNOWN, "the amend may have reached the market; "
                        + "read the order to see it (the same amend sent again asks for the same order)");
            }
            throw e;
        }
    }

    @DeleteMapping("/orders/{orderId}")
    @Operation(summary = "Cancel an open order (409 ORDER_NOT_OPEN otherwise)", security = @SecurityRequirement(name = "bearer"))
    OrderResponse cancel(Caller caller, @PathVariable @Pattern(regexp = ORDER_ID) String orderId) {
        return OrderResponse.of(trading.cancelOrder(caller.userId(), orderId));
    }

    @DeleteMapping("/orders")
    @Operation(summary = "Cancel all of the caller's open orders (of one symbol, or all), at most 500 per call",
            description = "Answers each order it tried as it ended, as a single cancel does: CANCELED, or as it is if "
                    + "it filled or was canceled meanwhile. The header X-Remaining counts the caller's orders in scope "
                    + "still open afterwards; repeat while it is above 0.",
            security = @SecurityRequirement(name = "bearer"),
            responses = @ApiResponse(responseCode = "200", description = "the orders tried, as they ended",
                    headers = @Header(name = REMAINING, description = "orders in scope still open after this call")))
    ResponseEntity<List<OrderResponse>> cancelAll(
            Caller caller,
            @Parameter(description = "only this symbol's orders; absent: every symbol")
            @RequestParam(required = false) @Size(max = 16) String symbol) {
        CanceledOrders canceled = trading.cancelAll(caller.userId(), symbol);
        return ResponseEntity.ok().header(REMAINING, Long.toString(canceled.stillOpen()))
                .body(canceled.orders().stream().map(OrderResponse::of).toList());
    }
}
