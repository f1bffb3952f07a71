package org.opentrade.facade.web;

import java.time.Instant;
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
import org.apache.dubbo.config.annotation.Method;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.fund.FundService;
import org.opentrade.api.fund.TransferCommand;
import org.opentrade.api.fund.TransferPage;
import org.opentrade.api.fund.TransferQuery;
import org.opentrade.api.fund.TransferView;
import org.opentrade.api.money.Decimal8;
import org.opentrade.api.user.UserService;
import org.opentrade.facade.auth.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@org.springframework.validation.annotation.Validated
@RequestMapping("/api/v1")
@Tag(name = "Accounts")
class TransferController {
    static final int IDEMPOTENCY_KEY_LENGTH_MAX = 128;
    static final int TRANSFER_TIMEOUT_MS = 15_000;

    record TransferRequest(@NotNull @Size(max = 64) String toUsername, @NotNull @Size(max = 16) String asset,
                           @NotNull @Size(max = 40) String amount) {
    }

    /** API v1 answered transferId and status; the rest was added with the list (fields only ever get added). */
    record TransferResponse(String transferId, String status, String toUserId, String asset, String amount,
                            String createdAt) {
        static TransferResponse of(TransferView view) {
            return new TransferResponse(view.transferId(), view.status(), Long.toString(view.toUserId()),
                    view.asset(), Decimal8.format(view.amount()), Instant.ofEpochMilli(view.createdAtEpochMs()).toString());
        }
    }

    /**
     * A transfer is a global transaction of up to 30 s; under load it takes longer than the default call timeout
     * (3 s), and a client told 503 would retry something that is about to succeed.
     */
    @DubboReference(check = false, methods = @Method(name = "transfer", timeout = TRANSFER_TIMEOUT_MS))
    private FundService funds;

    @DubboReference(check = false)
    private UserService users;

    @PostMapping("/transfers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Transfer to another user, exactly once per Idempotency-Key",
            security = @SecurityRequirement(name = "bearer"))
    TransferResponse transfer(Caller caller, @RequestHeader("Idempotency-Key") String idempotencyKey,
                              @Valid @RequestBody TransferRequest request) {
        if (idempotencyKey.isBlank() || idempotencyKey.length() > IDEMPOTENCY_KEY_LENGTH_MAX) {
            throw new BusinessException(ErrorCode.IDEMPOTENCY_KEY_REQUIRED, "Idempotency-Key must be 1-128 characters");
        }
        String asset = RequestAmounts.asset(request.asset());
        long amount = RequestAmounts.amount(request.amount());
        long recipient = recipientId(request.toUsername());
        if (recipient == caller.userId()) {
            throw new BusinessException(ErrorCode.SELF_TRANSFER);
        }
        return TransferResponse.of(funds.transfer(new TransferCommand(caller.userId(), recipient, asset, amount,
                idempotencyKey)));
    }

    @GetMapping("/transfers")
    @Operation(summary = "The transfers the caller sent, newest first, in pages (from/to: creation time; transfers "
            + "received are the TRANSFER_IN entries of the ledger)", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<List<TransferResponse>> list(Caller caller, HttpServletRequest request,
                                                @Valid PageParameters page) {
        TransferPage sent = funds.listTransfers(new TransferQuery(caller.userId(), page.fromEpochMs(),
                page.toEpochMs(), page.cursor(), page.limitOrDefault()));
        return PageHeaders.page(sent.transfers().stream().map(TransferResponse::of).toList(), sent.nextCursor(),
                request);
    }

    @GetMapping("/transfers/{transferId}")
    @Operation(summary = "A transfer the caller sent (404 for anyone else's)", security = @SecurityRequirement(name = "bearer"))
    TransferResponse get(Caller caller, @PathVariable @Pattern(regexp = "\\d{1,19}") String transferId) {
        return TransferResponse.of(funds.getTransfer(caller.userId(), transferId));
    }

    private long recipientId(String username) {
        try {
            return users.getUserByName(username).userId();
        } catch (BusinessException e) {
            if (e.code() == ErrorCode.USER_NOT_FOUND) {
                throw new BusinessException(ErrorCode.RECIPIENT_NOT_FOUND);
            }
            throw e;
        }
    }
}
