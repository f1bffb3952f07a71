package org.opentrade.api.page;

/**
 * Where a page of a list ordered by (time, id), newest first, ended: the time and id of its last row. The pair is
 * unique, so the next page is every row strictly below it: none skipped or repeated when many rows share a
 * millisecond, and rows that arrive meanwhile (later times) never shift the pages. Each list names its own
 * {@code version} ("l1" the ledger, "t1" transfers), so a cursor of one list is refused by another.
 */
public record TimeIdCursor(long epochMs, long id) {

    public static TimeIdCursor decode(String cursor, String version) {
        String[] fields = PageCursor.decode(cursor, version, 2);
        return new TimeIdCursor(PageCursor.number(fields[0]), PageCursor.number(fields[1]));
    }

    public String encode(String version) {
        return PageCursor.encode(version + ":" + epochMs + ":" + id);
    }
}
