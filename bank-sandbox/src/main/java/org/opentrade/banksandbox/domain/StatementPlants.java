package org.opentrade.banksandbox.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deliberate errors in the statement, planted by tests. The transfers themselves (and the callbacks already sent)
 * stay true; only what the statement says is altered. At most {@code plantsMax} of them at a time.
 */
public final class StatementPlants {

    private final int plantsMax;
    private final List<StatementLine> extraLines = new ArrayList<>();
    private final Map<String, Amount> amountByBankReference = new HashMap<>();
    private final Set<String> missingBankReferences = new HashSet<>();

    public StatementPlants(int plantsMax) {
        if (plantsMax < 1) {
            throw new IllegalArgumentException("plantsMax must be positive");
        }
        this.plantsMax = plantsMax;
    }

    public synchronized void addExtraLine(StatementLine line) {
        requireRoom();
        extraLines.add(line);
    }

    public synchronized void changeAmount(String bankReference, Amount amount) {
        requireRoom();
        amountByBankReference.put(bankReference, amount);
    }

    public synchronized void hide(String bankReference) {
        requireRoom();
        missingBankReferences.add(bankReference);
    }

    public synchronized void clear() {
        extraLines.clear();
        amountByBankReference.clear();
        missingBankReferences.clear();
    }

    /** The true lines with the planted errors applied, extra lines settled in [from, to) included. */
    public synchronized List<StatementLine> applyTo(List<StatementLine> trueLines, Instant from, Instant to) {
        List<StatementLine> shown = new ArrayList<>(trueLines.size() + extraLines.size());
        for (StatementLine line : trueLines) {
            if (missingBankReferences.contains(line.bankReference())) {
                continue;
            }
            Amount changed = amountByBankReference.get(line.bankReference());
            shown.add(changed == null ? line : line.withAmount(changed));
        }
        for (StatementLine extra : extraLines) {
            if (!extra.settledAt().isBefore(from) && extra.settledAt().isBefore(to)) {
                shown.add(extra);
            }
        }
        return shown;
    }

    private void requireRoom() {
        if (extraLines.size() + amountByBankReference.size() + missingBankReferences.size() >= plantsMax) {
            throw new InvalidInput("TOO_MANY_PLANTS", "at most " + plantsMax + " planted mismatches; clear them first");
        }
    }
}
