package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Walks a paged list route by its X-Next-Cursor header, checking on the way that every page but the last names the
 * next one in both headers (Link is this request with the cursor) and that the last names none. The rows of a page
 * are its body (a JSON array), or the ledger's {@code entries}, whose {@code nextCursor} must equal the header.
 */
final class ApiPages {
    private ApiPages() {
    }

    /** Every row, from FIRST (a path with a query) to the last page; BETWEEN runs once after the first page. */
    static List<JsonNode> all(String first, String token, Runnable between) {
        return pages(first, token, between).stream().flatMap(List::stream).toList();
    }

    /** The pages' rows, page by page. */
    static List<List<JsonNode>> pages(String first, String token, Runnable between) {
        List<List<JsonNode>> pages = new ArrayList<>();
        String path = first;
        while (true) {
            Api.Reply page = Api.get(path, token);
            assertThat(page.status()).as(page.raw()).isEqualTo(200);
            List<JsonNode> rows = new ArrayList<>();
            rows(page.body()).forEach(rows::add);
            pages.add(rows);
            String next = page.header("X-Next-Cursor");
            if (page.body().isObject()) {
                assertThat(page.body().get("nextCursor").isNull() ? null : page.body().get("nextCursor").asText())
                        .as("the body's nextCursor is the header's").isEqualTo(next);
            }
            if (next == null) {
                assertThat(page.header("Link")).isNull();
                return pages;
            }
            assertThat(page.header("Link")).contains("cursor=" + next).endsWith("; rel=\"next\"");
            path = first + "&cursor=" + next;
            if (pages.size() == 1 && between != null) {
                between.run();
            }
        }
    }

    static JsonNode rows(JsonNode body) {
        return body.isArray() ? body : body.get("entries");
    }
}
