package org.opentrade.api.risk;

import java.io.Serializable;
import java.util.List;

/** Alerts newest first; {@code nextCursor} is null on the last page. */
public record AlertPage(List<AlertView> alerts, String nextCursor) implements Serializable {
}
