package org.opentrade.facade.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.apache.dubbo.config.annotation.DubboReference;
import org.opentrade.api.fund.AuditView;
import org.opentrade.api.fund.FundService;
import org.opentrade.api.money.Decimal8;
import org.opentrade.api.user.Role;
import org.opentrade.api.user.UserService;
import org.opentrade.api.user.StatusChangeView;
import org.opentrade.api.user.UserStatus;
import org.opentrade.api.user.UserStatusChange;
import org.opentrade.api.user.UserView;
import org.opentrade.facade.auth.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operator routes; every one requires the ADMIN role. */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Operators")
class AdminController {
    static final String ADMIN_ACTOR_PREFIX = "admin:";
    /** As UserService.statusChanges allows. */
    static final int STATUS_CHANGES_LIMIT_MAX = 200;

    /**
     * user-provider holds the exact bound (256 characters, counted as the column counts them: code points); @Size
     * counts UTF-16 units, so here only twice that, to refuse a grossly overlong reason without a round trip.
     */
    record StatusChangeRequest(@Size(max = 2 * 256) String reason) {
    }

    record StatusChangeResponse(String status, String actor, String reason, String changedAt) {
        static StatusChangeResponse of(StatusChangeView change) {
            return new StatusChangeResponse(change.status().name(), change.actor(), change.reason(),
                    java.time.Instant.ofEpochMilli(change.changedAtEpochMs()).toString());
        }
    }

    /** The user as {@link UserController.UserResponse} shows it, plus the recorded status changes. */
    record AdminUserResponse(String userId, String username, String status, List<String> roles,
                             List<StatusChangeResponse> statusChanges) {
        static AdminUserResponse of(UserView user, List<StatusChangeView> changes) {
            UserController.UserResponse shown = UserController.UserResponse.of(user);
            return new AdminUserResponse(shown.userId(), shown.username(), shown.status(), shown.roles(),
                    changes.stream().map(StatusChangeResponse::of).toList());
        }
    }

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

    /**
     * Freezes and unfreezes are recorded with who asked (the operator, as "admin:" + their user id) and why. The body
     * is optional so that a bare POST, as operators and scripts have sent it so far, still works.
     */
    @PostMapping("/users/{userId}/freeze")
    @Operation(summary = "Freeze a user; optional body {\"reason\"} (at most 256 characters), recorded with the operator",
            security = @SecurityRequirement(name = "bearer"))
    UserController.UserResponse freeze(Caller caller, @PathVariable long userId,
                                       @Valid @RequestBody(required = false) StatusChangeRequest request) {
        return change(caller, userId, UserStatus.FROZEN, request);
    }

    @PostMapping("/users/{userId}/unfreeze")
    @Operation(summary = "Unfreeze a user; optional body {\"reason\"} (at most 256 characters), recorded with the operator",
            security = @SecurityRequirement(name = "bearer"))
    UserController.UserResponse unfreeze(Caller caller, @PathVariable long userId,
                                         @Valid @RequestBody(required = false) StatusChangeRequest request) {
        return change(caller, userId, UserStatus.ACTIVE, request);
    }

    @GetMapping("/users/{userId}")
    @Operation(summary = "A user and their recorded freezes and unfreezes, newest first (404 USER_NOT_FOUND)",
            security = @SecurityRequirement(name = "bearer"))
    AdminUserResponse user(Caller caller, @PathVariable long userId,
                           @RequestParam(defaultValue = "50") @Min(1) @Max(STATUS_CHANGES_LIMIT_MAX) int limit) {
        caller.requireRole(Role.ADMIN);
        return AdminUserResponse.of(users.getUser(userId), users.statusChanges(userId, limit));
    }

    private UserController.UserResponse change(Caller caller, long userId, UserStatus status,
                                               StatusChangeRequest request) {
        caller.requireRole(Role.ADMIN);
        String reason = request == null || request.reason() == null ? "" : request.reason();
        return UserController.UserResponse.of(users.changeStatus(
                new UserStatusChange(userId, status, ADMIN_ACTOR_PREFIX + caller.userId(), reason)));
    }
}
