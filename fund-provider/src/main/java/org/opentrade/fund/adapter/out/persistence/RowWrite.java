package org.opentrade.fund.adapter.out.persistence;

/**
 * A user's account row at the end of a batch: what it held when the batch locked it (the guard of the write) and
 * what it holds now. {@code opened} rows did not exist and are inserted with their final values.
 */
record RowWrite(long accountId, String asset, long availableBefore, long frozenBefore, long availableAfter,
                long frozenAfter, int suspended, boolean opened) {
}
