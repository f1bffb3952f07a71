package org.opentrade.api.risk;

import java.io.Serializable;

/** A page of alerts: {@code userId} 0 and {@code severity} null mean any; {@code cursor} null starts newest first. */
public record AlertQuery(long userId, String severity, String cursor, int limit) implements Serializable {
    public static final int LIMIT_MAX = 200;
}
