package org.opentrade.facade.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.dubbo.config.annotation.DubboReference;
import org.opentrade.api.fund.AuditView;
import org.opentrade.api.fund.FundService;
import org.opentrade.api.money.Decimal8;
import org.opentrade.api.user.Role;
import org.opentrade.api.user.UserService;
import org.opentrade.api.user.UserStatus;
import org.opentrade.facade.auth.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operator routes; every one requires the ADMIN role. */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Operators")
class AdminController {

    record AuditResponse(String checkedAt, int accountsChecked, long journalEntriesChecked,
                         Map<String, String> sumByAsset, Map<String, String> inFlightByAsset,
                         Map<String, String> userTotalsByAsset, List<String> violations, boolean sound) {
        static AuditResponse of(AuditView a) {
            return new AuditResponse(java.time.Instant.ofEpochMilli(a.checkedAtEpochMs()).toString(),
                    a.accountsChecked(), a.journalEntriesChecked(), decimals(a.sumByAsset()),
                    decimals(a.inFlightByAsset()), decimals(a.userTotalsByAsset()), a.violations(), a.sound());
        }

        private static Map<String, String> decimals(Map<String, Long> units) {
            Map<String, String> out = new TreeMap<>();
            units.forEach((asset, amount) -> out.put(asset, Decimal8.format(amount)));
            return out;
        }
    }

    @DubboReference(check = false)
    private FundService funds;

    @DubboReference(check = false)
    private UserService users;

    @GetMapping("/audit")
    @Operation(summary = "Run the ledger audit now", security = @SecurityRequirement(name = "bearer"))
    AuditResponse audit(Caller caller) {
        caller.requireRole(Role.ADMIN);
        return AuditResponse.of(funds.audit());
    }

    @PostMapping("/users/{userId}/freeze")
    @Operation(summary = "Freeze a user", security = @SecurityRequirement(name = "bearer"))
    UserController.UserResponse freeze(Caller caller, @PathVariable long userId) {
        caller.requireRole(Role.ADMIN);
        return UserController.UserResponse.of(users.setStatus(userId, UserStatus.FROZEN));
    }

    @PostMapping("/users/{userId}/unfreeze")
    @Operation(summary = "Unfreeze a user", security = @SecurityRequirement(name = "bearer"))
    UserController.UserResponse unfreeze(Caller caller, @PathVariable long userId) {
        caller.requireRole(Role.ADMIN);
        return UserController.UserResponse.of(users.setStatus(userId, UserStatus.ACTIVE));
    }
}
