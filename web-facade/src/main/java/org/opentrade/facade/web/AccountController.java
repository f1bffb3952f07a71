package org.opentrade.facade.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.dubbo.config.annotation.DubboReference;
import org.opentrade.api.fund.FundService;
import org.opentrade.api.money.Decimal8;
import org.opentrade.facade.auth.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts")
class AccountController {

    record BalanceResponse(String asset, String available, String frozen) {
    }

    @DubboReference(check = false)
    private FundService funds;

    @GetMapping("/accounts")
    @Operation(summary = "The caller's balances per asset", security = @SecurityRequirement(name = "bearer"))
    List<BalanceResponse> accounts(Caller caller) {
        return funds.balances(caller.userId()).stream()
                .map(b -> new BalanceResponse(b.asset(), Decimal8.format(b.available()), Decimal8.format(b.frozen())))
                .toList();
    }
}
