package org.opentrade.trade.application.engine;

import java.util.concurrent.CompletableFuture;

import org.opentrade.api.BusinessException;
import org.opentrade.trade.domain.matching.command.AmendOrder;
import org.opentrade.trade.domain.matching.command.EngineCommand;
import org.opentrade.trade.domain.matching.command.PlaceOrder;
import org.opentrade.trade.domain.order.OrderRecord;

/**
 * One command on its way through a symbol's pipeline (reserve, log and execute, outputs), with the order it concerns
 * as stored and the caller waiting for the outcome. A command not in the log by {@code deadlineNanos} never enters
 * it: the caller is told 503 and whatever was reserved for it is given back, so a caller that gave up waiting is
 * never surprised by an order that trades later.
 */
public final class Submission {
    private final EngineCommand command;
    private final OrderRecord order;
    private final long deadlineNanos;
    private final CompletableFuture<CommandOutcome> outcome = new CompletableFuture<>();

    public Submission(EngineCommand command, OrderRecord order, long deadlineNanos) {
        this.command = command;
        this.order = order;
        this.deadlineNanos = deadlineNanos;
    }

    public EngineCommand command() {
        return command;
    }

    /** The order placed (as stored PENDING), or canceled or amended (as read before the cancel or amend). */
    public OrderRecord order() {
        return order;
    }

    public boolean isPlace() {
        return command instanceof PlaceOrder;
    }

    public boolean isAmend() {
        return command instanceof AmendOrder;
    }

    public boolean expired(long nowNanos) {
        return nowNanos - deadlineNanos > 0;
    }

    public CompletableFuture<CommandOutcome> outcome() {
        return outcome;
    }

    public void complete(CommandOutcome result) {
        outcome.complete(result);
    }

    public void refuse(BusinessException refusal) {
        outcome.completeExceptionally(refusal);
    }

    public boolean answered() {
        return outcome.isDone();
    }
}
