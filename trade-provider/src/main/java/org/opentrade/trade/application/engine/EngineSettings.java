package org.opentrade.trade.application.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of each symbol's pipeline. {@code batchSizeMax} commands share one reservation round (one risk call, one
 * holds call) and one log write (group commit); {@code queueSizeMax} waiting commands, beyond which placing answers
 * MARKET_BUSY instead of queueing without end. The book's state hash (O(book)) is stored with a checkpoint every
 * {@code checkpointEveryCommands} commands or {@code checkpointIntervalMs}, whichever comes first; recovery re-derives
 * the outputs after the last checkpoint. A snapshot of the book every {@code snapshotEveryCommands} commands bounds
 * what recovery replays.
 */
@ConfigurationProperties("opentrade.trade.engine")
public record EngineSettings(
        @DefaultValue("256") int batchSizeMax,
        @DefaultValue("10000") int queueSizeMax,
        @DefaultValue("3") int appendAttemptsMax,
        @DefaultValue("20") int outputWriteAttemptsMax,
        @DefaultValue("10000") int recoveryPageSize,
        @DefaultValue("1000") int snapshotEveryCommands,
        @DefaultValue("500") int checkpointEveryCommands,
        @DefaultValue("1000") long checkpointIntervalMs) {
}
