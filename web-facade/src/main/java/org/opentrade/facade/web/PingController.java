package org.opentrade.facade.web;

import java.util.concurrent.ThreadLocalRandom;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opentrade.api.diagnostics.PingService;
import org.opentrade.facade.auth.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The no-op route: a token check and one Dubbo call that does nothing. The benchmark's ceiling; every other route
 * does this much and then its own work. The token is required so the ceiling pays for authentication as they do.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Diagnostics")
class PingController {

    record PingResponse(String nonce) {
    }

    private final PingService pings;

    PingController(PingService pings) {
        this.pings = pings;
    }

    @GetMapping("/ping")
    @Operation(summary = "One Dubbo call to trade-provider that does nothing; answers the nonce it echoed",
            security = @SecurityRequirement(name = "bearer"))
    PingResponse ping(Caller caller) {
        long nonce = ThreadLocalRandom.current().nextLong();
        return new PingResponse(Long.toString(pings.ping(nonce)));
    }
}
