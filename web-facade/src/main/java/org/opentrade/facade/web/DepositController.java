package org.opentrade.facade.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.apache.dubbo.config.annotation.DubboReference;
import org.opentrade.api.payment.PaymentCommand;
import org.opentrade.api.payment.PaymentService;
import org.opentrade.facade.auth.Caller;
import org.opentrade.facade.web.PaymentResponses.DepositResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1")
@Tag(name = "Payments")
class DepositController {
    /** The provider waits for the bank's first answer (its timeout is 3 s per request). */
    static final int PAYMENT_TIMEOUT_MS = 15_000;

    record DepositRequest(@NotNull @Size(max = 16) String asset, @NotNull @Size(max = 40) String amount) {
    }

    @DubboReference(check = false, timeout = PAYMENT_TIMEOUT_MS)
    private PaymentService payments;

    @PostMapping("/deposits")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Deposit through the bank, once per Idempotency-Key: PENDING until the bank confirms",
            security = @SecurityRequirement(name = "bearer"))
    DepositResponse deposit(Caller caller, @RequestHeader("Idempotency-Key") String idempotencyKey,
                            @Valid @RequestBody DepositRequest request) {
        String key = PaymentResponses.idempotencyKey(idempotencyKey);
        String asset = RequestAmounts.asset(request.asset());
        long amount = RequestAmounts.amount(request.amount());
        return DepositResponse.of(payments.deposit(new PaymentCommand(caller.userId(), asset, amount, key)));
    }

    @GetMapping("/deposits")
    @Operation(summary = "The caller's deposits, newest first, in pages (from/to: creation time)",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<List<DepositResponse>> list(Caller caller, HttpServletRequest request, @Valid PageParameters page) {
        return PaymentResponses.page(payments, caller, "DEPOSIT", page, request, DepositResponse::of);
    }

    @GetMapping("/deposits/{depositId}")
    @Operation(summary = "A deposit of the caller (404 for anyone else's)", security = @SecurityRequirement(name = "bearer"))
    DepositResponse get(Caller caller, @PathVariable @Pattern(regexp = PaymentResponses.PAYMENT_ID_PATTERN) String depositId) {
        return DepositResponse.of(payments.getPayment(caller.userId(), depositId));
    }
}
