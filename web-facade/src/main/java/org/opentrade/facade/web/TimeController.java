package org.opentrade.facade.web;

import java.time.Clock;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The venue's clock, for clients that sign, schedule or window their requests (from/to) by it. No token needed. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Market")
class TimeController {

    record TimeResponse(long epochMs, String iso) {
    }

    private final Clock clock;

    @Autowired
    TimeController() {
        this(Clock.systemUTC());
    }

    TimeController(Clock clock) {
        this.clock = clock;
    }

    @GetMapping("/time")
    @Operation(summary = "Server time: epoch milliseconds and the same instant in ISO-8601 (UTC)")
    TimeResponse time() {
        Instant now = Instant.ofEpochMilli(clock.millis());
        return new TimeResponse(now.toEpochMilli(), now.toString());
    }
}
