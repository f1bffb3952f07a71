package org.opentrade.banksandbox.application;

import java.time.Instant;
import java.util.List;

/**
 * A statement answer: the settled lines in [from, to), oldest first.
 *
 * @param truncated more lines settled in the window than were returned; ask again from the last settledAt
 */
public record Statement(Instant from, Instant to, List<StatementEntry> lines, boolean truncated) {
}
