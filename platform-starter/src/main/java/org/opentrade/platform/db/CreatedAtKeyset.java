package org.opentrade.platform.db;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.LongFunction;

import org.opentrade.api.page.TimeIdCursor;
import org.opentrade.api.page.TimeWindow;

/**
 * The WHERE part of a MyBatis page read keyed by (created_at, id), newest first, and its parameters (bind it as
 * {@code @Param("k")}; a public bean, since MyBatis' OGNL reads getters). The window is on created_at; "below the
 * cursor" leads with {@code created_at <= t}, so the optimizer has a range on a (user_id, ..., created_at) index, which
 * ends in the primary key, the id; the OR decides the rows of that millisecond by id. A mapper writes
 * {@code WINDOW + BELOW_OPEN + "<id column>" + BELOW_CLOSE}.
 *
 * <p>Times cross to the driver as the table's rows are read back ({@code time}: {@link #utc} for LocalDateTime
 * columns read as UTC, a {@code java.sql.Timestamp} for those read as Timestamp), so a cursor made from a row finds
 * that row's time again whatever the session's time zone.
 */
public final class CreatedAtKeyset {
    public static final String WINDOW = "<if test=\"k.fromAt != null\"> AND created_at &gt;= #{k.fromAt}</if>"
            + "<if test=\"k.toAt != null\"> AND created_at &lt; #{k.toAt}</if>";
    public static final String BELOW_OPEN = "<if test=\"k.afterAt != null\"> AND created_at &lt;= #{k.afterAt}"
            + " AND (created_at &lt; #{k.afterAt} OR ";
    public static final String BELOW_CLOSE = " &lt; #{k.afterId})</if>";

    private final Object fromAt;
    private final Object toAt;
    private final Object afterAt;
    private final Object afterId;

    private CreatedAtKeyset(TimeWindow window, Long afterMsOrNull, Object afterIdOrNull, LongFunction<Object> time) {
        this.fromAt = window.fromMs() == 0 ? null : time.apply(window.fromMs());
        this.toAt = window.toMs() == 0 ? null : time.apply(window.toMs());
        this.afterAt = afterMsOrNull == null ? null : time.apply(afterMsOrNull);
        this.afterId = afterIdOrNull;
    }

    /** A page below the row at ({@code afterMsOrNull}, {@code afterIdOrNull}), or the first page (both null). */
    public static CreatedAtKeyset of(TimeWindow window, Long afterMsOrNull, Object afterIdOrNull,
                                     LongFunction<Object> time) {
        return new CreatedAtKeyset(window, afterMsOrNull, afterIdOrNull, time);
    }

    /** A page of a list keyed by (time, numeric id), with times as UTC LocalDateTime. */
    public static CreatedAtKeyset of(TimeWindow window, TimeIdCursor afterOrNull) {
        return afterOrNull == null ? of(window, null, null, CreatedAtKeyset::utc)
                : of(window, afterOrNull.epochMs(), afterOrNull.id(), CreatedAtKeyset::utc);
    }

    public static LocalDateTime utc(long epochMs) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMs), ZoneOffset.UTC);
    }

    public static long epochMs(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    public Object getFromAt() {
        return fromAt;
    }

    public Object getToAt() {
        return toAt;
    }

    public Object getAfterAt() {
        return afterAt;
    }

    public Object getAfterId() {
        return afterId;
    }
}
