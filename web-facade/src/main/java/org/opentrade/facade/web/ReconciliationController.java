package org.opentrade.facade.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.dubbo.config.annotation.DubboReference;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.money.Decimal8;
import org.opentrade.api.payment.PaymentService;
import org.opentrade.api.payment.ReconciliationView;
import org.opentrade.api.user.Role;
import org.opentrade.facade.auth.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operators: the bank's statement against payment records and the ledger. ADMIN only. */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Operators")
class ReconciliationController {
    static final long DEFAULT_PERIOD_MS = 24L * 3600 * 1000;
    static final int RECONCILIATION_TIMEOUT_MS = 30_000;

    record MismatchResponse(String type, String reference, String asset, String bankAmount, String ourAmount,
                            String detail) {
    }

    record ReconciliationResponse(String from, String to, String checkedAt, int bankLines, int paymentsChecked,
                                  List<MismatchResponse> mismatches, boolean truncated, boolean clean) {
        static ReconciliationResponse of(ReconciliationView v) {
            return new ReconciliationResponse(Instant.ofEpochMilli(v.fromEpochMs()).toString(),
                    Instant.ofEpochMilli(v.toEpochMs()).toString(), Instant.ofEpochMilli(v.checkedAtEpochMs()).toString(),
                    v.bankLines(), v.paymentsChecked(), v.mismatches().stream().map(m -> new MismatchResponse(m.type(),
                            m.merchantReference(), m.asset(), amount(m.bankAmount()), amount(m.ourAmount()), m.detail()))
                    .toList(), v.truncated(), v.clean());
        }

        private static String amount(long units) {
            return units < 0 ? null : Decimal8.format(units);
        }
    }

    @DubboReference(check = false, timeout = RECONCILIATION_TIMEOUT_MS)
    private PaymentService payments;

    @GetMapping("/reconciliation")
    @Operation(summary = "Reconcile [from, to) (ISO-8601 instants or epoch ms; default the last 24 h)",
            security = @SecurityRequirement(name = "bearer"))
    ReconciliationResponse reconcile(Caller caller, @RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to) {
        caller.requireRole(Role.ADMIN);
        long toMs = to == null ? System.currentTimeMillis() : instant(to);
        long fromMs = from == null ? toMs - DEFAULT_PERIOD_MS : instant(from);
        return ReconciliationResponse.of(payments.reconcile(fromMs, toMs));
    }

    private static long instant(String text) {
        try {
            return text.chars().allMatch(Character::isDigit) && text.length() <= 15 ? Long.parseLong(text)
                    : Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, "from and to are ISO-8601 instants or epoch ms");
        }
    }
}
