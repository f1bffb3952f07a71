package org.opentrade.api.fund;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The ledger audit. sumByAsset: over every account and bucket, must be 0. inFlightByAsset: money between the two
 * legs of a cross-shard movement (clearing accounts), 0 when quiet. userTotalsByAsset: what users hold.
 */
public record AuditView(long checkedAtEpochMs, int accountsChecked, long journalEntriesChecked,
                        Map<String, Long> sumByAsset, Map<String, Long> inFlightByAsset,
                        Map<String, Long> userTotalsByAsset, List<String> violations, boolean sound)
        implements Serializable {
}
