package org.opentrade.facade.web;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.opentrade.api.page.PageLimits;
import org.springdoc.core.annotations.ParameterObject;

/**
 * The paging parameters of every list route, alike, bound from the query string (a route takes it as
 * {@code @Valid PageParameters page}): out of range or malformed is a 400 VALIDATION_FAILED before any provider is
 * asked. The window is on the list's own time (created, traded or posted): {@code from} inclusive, {@code to}
 * exclusive.
 */
@ParameterObject
record PageParameters(
        @Parameter(description = "rows per page, 1-" + PageLimits.LIMIT_MAX + " (default "
                + PageLimits.LIMIT_DEFAULT + ")")
        @Min(1) @Max(PageLimits.LIMIT_MAX) Integer limit,
        @Parameter(description = "the previous page's X-Next-Cursor")
        @Pattern(regexp = CURSOR) String cursor,
        @Parameter(description = "at or after: ISO-8601 instant or epoch milliseconds")
        @Size(max = 40) String from,
        @Parameter(description = "before: ISO-8601 instant or epoch milliseconds")
        @Size(max = 40) String to) {
    static final String CURSOR = "[A-Za-z0-9_-]{1,96}";
    static final String PAGED = "Pages: pass X-Next-Cursor back as cursor (or follow Link rel=\"next\") with the same "
            + "filters; both headers are absent on the last page.";

    int limitOrDefault() {
        return limit == null ? PageLimits.LIMIT_DEFAULT : limit;
    }

    long fromEpochMs() {
        return RequestTimes.epochMs("from", from);
    }

    long toEpochMs() {
        return RequestTimes.epochMs("to", to);
    }
}
