package org.opentrade.api.page;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A page cut from what a store read for it: the store asks for {@code limit + 1} rows, so a next page exists exactly
 * when that extra row came back, and the cursor is then the position of the page's last row. A page never ends on a
 * cursor that leads to an empty page.
 */
public final class Pages {
    private Pages() {
    }

    /**
     * @param rows        at most {@code limit + 1} rows in the list's order
     * @param view        a row as the page holds it
     * @param cursorOfRow the cursor that continues below a row
     * @param page        the page type's constructor (items, nextCursor or null)
     */
    public static <R, T, P> P of(List<R> rows, int limit, Function<R, T> view, Function<R, String> cursorOfRow,
                                 BiFunction<List<T>, String, P> page) {
        List<T> items = rows.stream().limit(limit).map(view).toList();
        String next = rows.size() > limit ? cursorOfRow.apply(rows.get(limit - 1)) : null;
        return page.apply(items, next);
    }
}
