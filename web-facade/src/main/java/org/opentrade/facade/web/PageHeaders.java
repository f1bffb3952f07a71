package org.opentrade.facade.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page of a list route: the body stays what it was in API v1 (a JSON array; the ledger's object), the way on is
 * in headers. {@code X-Next-Cursor} is the cursor to pass back; {@code Link: <...>; rel="next"} is this same request
 * with that cursor. Both are absent on the last page. The link is relative to the host (RFC 8288 allows it), so it is
 * right behind any proxy.
 */
final class PageHeaders {
    static final String NEXT_CURSOR = "X-Next-Cursor";

    private PageHeaders() {
    }

    static <B> ResponseEntity<B> page(B body, String nextCursorOrNull, HttpServletRequest request) {
        if (nextCursorOrNull == null) {
            return ResponseEntity.ok(body);
        }
        return ResponseEntity.ok().header(NEXT_CURSOR, nextCursorOrNull)
                .header("Link", "<" + nextLink(request, nextCursorOrNull) + ">; rel=\"next\"").body(body);
    }

    /** The request's path and query with {@code cursor} replaced (the query as the client encoded it). */
    static String nextLink(HttpServletRequest request, String nextCursor) {
        String query = request.getQueryString();
        String uri = request.getRequestURI() + (query == null ? "" : "?" + query);
        return UriComponentsBuilder.fromUriString(uri).replaceQueryParam("cursor", nextCursor).build().toUriString();
    }
}
