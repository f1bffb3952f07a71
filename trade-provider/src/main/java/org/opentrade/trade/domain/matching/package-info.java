/**
 * The matching engine of one symbol: plain Java, single writer, deterministic.
 *
 * <h2>Shape</h2>
 * {@link org.opentrade.trade.domain.matching.MatchingEngine#execute} takes a
 * {@link org.opentrade.trade.domain.matching.command.EngineCommand} (place, cancel or amend), assigns it
 * the next sequence number and returns the {@link org.opentrade.trade.domain.matching.event.EngineEvent}s
 * it caused. Replaying the same commands rebuilds the same book, checked by
 * {@code stateHash()}. The service around it owns threading, the durable command log and funds.
 *
 * <h2>Data structures</h2>
 * Per side a {@code TreeMap} of price levels, best first, with the best level cached; each level
 * an intrusive doubly linked FIFO of orders with its total quantity; a {@code HashMap} from order
 * id to order for O(1) cancels. Simple first: the JMH benchmark shows it is fast enough.
 *
 * <h2>Policies</h2>
 * <ul>
 *   <li>Price-time priority; every fill at the maker's price.</li>
 *   <li>Self-trade prevention expires the taker (see {@code MatchingEngine}).</li>
 *   <li>Post-only that would take is rejected, never repriced.</li>
 *   <li>MARKET orders are bounded by a protection price fixed on arrival (best opposite price
 *       moved by the instrument's band, and the caller's cap if tighter); they never rest;
 *       against an empty side they are rejected {@code NO_LIQUIDITY}.</li>
 *   <li>FOK checks liquidity read-only first, so a kill touches nothing.</li>
 *   <li>Amend: quantity down at the same price keeps time priority, any other change loses it (the order
 *       arrives again and may trade); see {@code Amender}.</li>
 *   <li>Money: notional rounds down, fees round up per order (telescoping), holds per
 *       {@link org.opentrade.trade.domain.matching.Reservation}; every number stays within bounds
 *       the {@link org.opentrade.trade.domain.instrument.Instrument} proved cannot overflow.</li>
 *   <li>Limits ({@link org.opentrade.trade.domain.matching.EngineLimits}) are checked before
 *       anything trades, so a rejection is all-or-nothing.</li>
 * </ul>
 */
package org.opentrade.trade.domain.matching;
