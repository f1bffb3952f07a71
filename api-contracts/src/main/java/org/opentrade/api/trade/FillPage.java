package org.opentrade.api.trade;

import java.io.Serializable;
import java.util.List;

/** Fills newest first; {@code nextCursor} is null on the last page. */
public record FillPage(List<FillView> fills, String nextCursor) implements Serializable {
}
