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
import org.opentrade.api.risk.AlertPage;
import org.opentrade.api.risk.AlertQuery;
import org.opentrade.api.risk.AlertView;
import org.opentrade.api.risk.RiskService;
import org.opentrade.api.user.Role;
import org.opentrade.facade.auth.Caller;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operators: the alerts of risk monitoring (a SEVERE one has frozen its user), and their acknowledgement. */
@RestController
@RequestMapping("/api/v1/admin/risk")
@Tag(name = "Operators")
@Validated
class RiskAlertsController {

    record AlertResponse(String alertId, long userId, String rule, String severity, String evidence, String eventId,
                         String createdAt, String acknowledgedBy, String acknowledgedAt) {
        static AlertResponse of(AlertView a) {
            return new AlertResponse(Long.toString(a.alertId()), a.userId(), a.rule(), a.severity(), a.evidence(),
                    a.eventId(), Instant.ofEpochMilli(a.createdAtEpochMs()).toString(), a.acknowledgedBy(),
                    a.acknowledgedBy() == null ? null : Instant.ofEpochMilli(a.acknowledgedAtEpochMs()).toString());
        }
    }

    record AlertPageResponse(List<AlertResponse> alerts, String nextCursor) {
        static AlertPageResponse of(AlertPage page) {
            return new AlertPageResponse(page.alerts().stream().map(AlertResponse::of).toList(), page.nextCursor());
        }
    }

    @DubboReference(check = false)
    private RiskService risk;

    @GetMapping("/alerts")
    @Operation(summary = "Risk alerts, newest first (filter by user and severity; page with cursor)",
            security = @SecurityRequirement(name = "bearer"))
    AlertPageResponse alerts(Caller caller,
                             @RequestParam(required = false) @Min(1) Long userId,
                             @RequestParam(required = false) @Pattern(regexp = "INFO|WARNING|SEVERE") String severity,
                             @RequestParam(required = false) @Pattern(regexp = "[0-9]{1,19}") String cursor,
                             @RequestParam(defaultValue = "50") @Min(1) @Max(AlertQuery.LIMIT_MAX) int limit) {
        caller.requireRole(Role.ADMIN);
        return AlertPageResponse.of(risk.alerts(new AlertQuery(userId == null ? 0 : userId, severity, cursor, limit)));
    }

    @PostMapping("/alerts/{alertId}/ack")
    @Operation(summary = "Acknowledge a risk alert", security = @SecurityRequirement(name = "bearer"))
    AlertResponse acknowledge(Caller caller, @PathVariable @Min(1) long alertId) {
        caller.requireRole(Role.ADMIN);
        return AlertResponse.of(risk.acknowledge(alertId, "admin:" + caller.userId()));
    }
}
