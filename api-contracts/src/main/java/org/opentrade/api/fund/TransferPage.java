package org.opentrade.api.fund;

import java.io.Serializable;
import java.util.List;

/** Transfers newest first; {@code nextCursor} is null on the last page. */
public record TransferPage(List<TransferView> transfers, String nextCursor) implements Serializable {
}
