package org.opentrade.facade.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.apache.dubbo.config.annotation.DubboReference;
import org.opentrade.api.fund.FundService;
import org.opentrade.api.fund.LedgerEntryView;
import org.opentrade.api.fund.LedgerPage;
import org.opentrade.api.fund.LedgerQuery;
import org.opentrade.api.money.Decimal8;
import org.opentrade.facade.auth.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's journal postings, newest first, in pages. The body keeps its API v1 shape ({entries, nextCursor}); the
 * next page is also named by the X-Next-Cursor and Link headers, as on every other list.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts")
@Validated
class LedgerController {
    static final String ASSET = "[A-Z]{2,16}";

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
    @Operation(summary = "The caller's journal entries, newest first, in pages (from/to: posting time; may lag by the "
            + "replication delay); nextCursor in the body is the X-Next-Cursor header",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<LedgerResponse> ledger(Caller caller, HttpServletRequest request, @Valid PageParameters page,
                                          @RequestParam(required = false) @Pattern(regexp = ASSET) String asset) {
        if (asset != null) {
            RequestAmounts.asset(asset);
        }
        LedgerPage entries = funds.ledger(new LedgerQuery(caller.userId(), asset, page.fromEpochMs(), page.toEpochMs(),
                page.cursor(), page.limitOrDefault()));
        return PageHeaders.page(new LedgerResponse(entries.entries().stream().map(EntryResponse::of).toList(),
                entries.nextCursor()), entries.nextCursor(), request);
    }
}
