package org.opentrade.trade.domain.matching;

/**
 * How long an order's unfilled quantity lives.
 *
 * <ul>
 *   <li>GTC: rests in the book until filled or canceled (LIMIT only).</li>
 *   <li>IOC: trades what it can at once; the remainder is canceled.</li>
 *   <li>FOK: fills completely at once or is rejected without touching the book.</li>
 * </ul>
 */
public enum TimeInForce {
    GTC,
    IOC,
    FOK
}
