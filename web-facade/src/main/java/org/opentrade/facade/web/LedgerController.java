package org.opentrade.facade.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.apache.dubbo.config.annotation.DubboReference;
import org.opentrade.api.fund.FundService;
import org.opentrade.api.fund.LedgerEntryView;
import org.opentrade.api.fund.LedgerPage;
import org.opentrade.api.money.Decimal8;
import org.opentrade.facade.auth.Caller;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts")
@Validated
class LedgerController {
    static final int LIMIT_MAX = 200;

    record EntryResponse(String entryId, String asset, String bucket, String amount, String type, String reference,
                         String time) {
        static EntryResponse of(LedgerEntryView e) {
            return new EntryResponse(e.entryId(), e.asset(), e.bucket(), Decimal8.format(e.amount()), e.type(),
                    e.reference(), Instant.ofEpochMilli(e.timeEpochMs()).toString());
        }
    }

    record LedgerResponse(List<EntryResponse> entries, String nextCursor) {
    }

    @DubboReference(check = false)
    private FundService funds;

    @GetMapping("/ledger")
    @Operation(summary = "The caller's journal entries, newest first (cursor pagination; may lag by the "
            + "replication delay)", security = @SecurityRequirement(name = "bearer"))
    LedgerResponse ledger(Caller caller,
                          @RequestParam(required = false) @Pattern(regexp = "[A-Z]{2,16}") String asset,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(LIMIT_MAX) int limit,
                          @RequestParam(required = false) @Pattern(regexp = "\\d{1,19}") String cursor) {
        if (asset != null) {
            RequestAmounts.asset(asset);
        }
        LedgerPage page = funds.ledger(caller.userId(), asset, limit, cursor);
        return new LedgerResponse(page.entries().stream().map(EntryResponse::of).toList(), page.nextCursor());
    }
}
