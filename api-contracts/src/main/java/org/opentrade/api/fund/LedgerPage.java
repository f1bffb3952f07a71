package org.opentrade.api.fund;

import java.io.Serializable;
import java.util.List;

/** nextCursor is null on the last page. */
public record LedgerPage(List<LedgerEntryView> entries, String nextCursor) implements Serializable {
}
