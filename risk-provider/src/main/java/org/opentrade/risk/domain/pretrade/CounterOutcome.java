package org.opentrade.risk.domain.pretrade;

/**
 * What the shared counters made of one order: counted ({@code refusedBy} null), or refused by a counter rule that had
 * {@code countedBefore} in its window already.
 */
public record CounterOutcome(CounterRule refusedBy, long countedBefore) {
    public static final CounterOutcome COUNTED = new CounterOutcome(null, 0);

    public boolean counted() {
        return refusedBy == null;
    }
}
