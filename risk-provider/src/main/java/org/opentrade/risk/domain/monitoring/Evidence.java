package org.opentrade.risk.domain.monitoring;

import org.opentrade.api.money.Decimal8;

/** The wording of figures in an alert's evidence, the same in every detector, for an operator to read. */
final class Evidence {
    private Evidence() {
    }

    static String duration(long ms) {
        return ms % 1_000 == 0 ? ms / 1_000 + " s" : ms + " ms";
    }

    static String amount(long units) {
        return Decimal8.format(units);
    }
}
