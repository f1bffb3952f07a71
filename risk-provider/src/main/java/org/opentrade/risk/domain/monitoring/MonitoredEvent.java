package org.opentrade.risk.domain.monitoring;

/**
 * What post-trade monitoring watches, as the consumers translate it from the event streams. Detectors judge by
 * {@link #timeMs()}, the time the event happened, never by the clock of the machine reading it: a replayed or late
 * event is judged as it happened, and tests are deterministic.
 */
public sealed interface MonitoredEvent permits TradeSeen, OrderCanceledSeen, DepositSeen, WithdrawalSeen {

    /** Unique per event and the same on every redelivery: the monitor judges each id once. */
    String eventId();

    /** When it happened, epoch milliseconds. */
    long timeMs();

}
