package org.opentrade.fund.domain.ledger;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.opentrade.api.money.Asset;

/**
 * What an audit found.
 *
 * @param sumByAsset         per asset, the sum over every account and bucket; 0 in a sound ledger, at every
 *                           moment, since every transaction balances (saturated at the {@code long} bounds)
 * @param violations         every broken invariant; empty in a sound ledger
 * @param systemTotalsByKind per system account kind and asset, the sum over its shards. For the kinds that
 *                           {@link SystemAccount#netsToZeroWhenQuiet()} a non-zero total is money in flight
 *                           (a fill with one leg posted, a transfer between its out and in legs), which is
 *                           not a violation but must not last.
 */
public record AuditReport(
        Map<Asset, Long> sumByAsset,
        List<Violation> violations,
        Map<SystemAccount, Map<Asset, Long>> systemTotalsByKind) {

    public AuditReport {
        sumByAsset = Map.copyOf(sumByAsset);
        violations = List.copyOf(violations);
        systemTotalsByKind = Map.copyOf(systemTotalsByKind);
    }

    public boolean isSound() {
        return violations.isEmpty();
    }

    /** The non-zero totals of the clearing kinds: what sits between the two legs of an operation right now. */
    public Map<SystemAccount, Map<Asset, Long>> inFlight() {
        Map<SystemAccount, Map<Asset, Long>> inFlight = new EnumMap<>(SystemAccount.class);
        systemTotalsByKind.forEach((kind, totals) -> {
            if (kind.netsToZeroWhenQuiet()) {
                totals.forEach((asset, total) -> {
                    if (total != 0) {
                        inFlight.computeIfAbsent(kind, k -> new EnumMap<>(Asset.class)).put(asset, total);
                    }
                });
            }
        });
        return inFlight;
    }

    /** Sound and nothing in flight: the state every quiet moment must reach. */
    public boolean isQuiet() {
        return isSound() && inFlight().isEmpty();
    }
}
