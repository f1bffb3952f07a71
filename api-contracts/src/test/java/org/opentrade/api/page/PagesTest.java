package org.opentrade.api.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A page holds at most its limit of rows; it names a next page exactly when the store found one row more, and that
 * cursor is the position of the page's last row (so the next page starts right below it).
 */
class PagesTest {
    record Page(List<String> items, String nextCursor) {
    }

    @Test
    void theRowBeyondTheLimitMeansAnotherPageThatStartsBelowTheLastRowShown() {
        Page page = Pages.of(List.of(9, 8, 7, 6), 3, n -> "row " + n, n -> "after " + n, Page::new);

        assertThat(page).isEqualTo(new Page(List.of("row 9", "row 8", "row 7"), "after 7"));
    }

    @Test
    void exactlyTheLimitOrFewerIsTheLastPage() {
        assertThat(Pages.of(List.of(9, 8, 7), 3, n -> "row " + n, n -> "after " + n, Page::new))
                .isEqualTo(new Page(List.of("row 9", "row 8", "row 7"), null));
        assertThat(Pages.of(List.<Integer>of(), 3, n -> "row " + n, n -> "after " + n, Page::new))
                .isEqualTo(new Page(List.of(), null));
    }
}
