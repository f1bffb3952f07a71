package org.opentrade.facade.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.apache.dubbo.config.annotation.DubboReference;
import org.opentrade.api.fund.FundService;
import org.opentrade.api.fund.StatementLine;
import org.opentrade.api.fund.StatementQuery;
import org.opentrade.facade.auth.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's ledger statement of a range as CSV: every posting of [from, to), oldest first, with the balance of its
 * asset and bucket after it. Complete or refused: a range of more than 366 days is 400 VALIDATION_FAILED, one holding
 * more than 10,000 postings 422 STATEMENT_TOO_LARGE (ask for a shorter range or one asset), never a cut-off file.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts")
@Validated
class StatementController {
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    /** Up to 10,000 postings and the sum of everything before the range: more than a page, less than a transfer. */
    static final int STATEMENT_TIMEOUT_MS = 15_000;

    @DubboReference(check = false, timeout = STATEMENT_TIMEOUT_MS)
    private FundService funds;

    @GetMapping("/ledger/statement.csv")
    @Operation(summary = "The caller's ledger statement of [from, to) as CSV, oldest first, with the balance after "
            + "each posting (at most " + StatementQuery.SPAN_DAYS_MAX + " days and " + StatementQuery.LINES_MAX
            + " postings; more is 422 STATEMENT_TOO_LARGE)", security = @SecurityRequirement(name = "bearer"),
            responses = @ApiResponse(responseCode = "200", description = "header line: " + StatementCsv.HEADER,
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    ResponseEntity<String> statement(
            Caller caller,
            @Parameter(description = "posted at or after: ISO-8601 instant or epoch milliseconds")
            @RequestParam @Size(max = 40) String from,
            @Parameter(description = "posted before: ISO-8601 instant or epoch milliseconds")
            @RequestParam @Size(max = 40) String to,
            @RequestParam(required = false) @Pattern(regexp = LedgerController.ASSET) String asset) {
        if (asset != null) {
            RequestAmounts.asset(asset);
        }
        List<StatementLine> lines = funds.statement(new StatementQuery(caller.userId(), asset,
                RequestTimes.epochMs("from", from), RequestTimes.epochMs("to", to)));
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statement.csv\"")
                .body(StatementCsv.of(lines));
    }
}
