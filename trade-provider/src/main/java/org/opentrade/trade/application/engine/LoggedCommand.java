package org.opentrade.trade.application.engine;

import org.opentrade.trade.domain.matching.command.EngineCommand;

/** One entry of a symbol's engine log: the command, its position, and when it was logged (the time of its trades). */
public record LoggedCommand(long seq, long loggedAtMs, EngineCommand command) {
}
