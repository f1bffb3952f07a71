package org.opentrade.trade.application.order;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.trade.application.engine.CommandOutcome;

/**
 * Waiting for a command's outcome, bounded; failures become API errors. Past the wait the command may still be in
 * the book (its deadline for the log is shorter than the wait, but it may have been logged just before it), so a
 * timeout is ORDER_STATUS_UNKNOWN, never "not placed".
 */
final class EngineAnswers {

    private EngineAnswers() {
    }

    static CommandOutcome await(CompletableFuture<CommandOutcome> answer, long timeoutMs) {
        return await(answer, timeoutMs, "repeat it with the same clientOrderId to get its outcome");
    }

    /** {@code whatToDo}: how the caller learns the outcome, e.g. "read the order to see whether the amend applied". */
    static CommandOutcome await(CompletableFuture<CommandOutcome> answer, long timeoutMs, String whatToDo) {
        try {
            return answer.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new BusinessException(ErrorCode.ORDER_STATUS_UNKNOWN, "the engine did not answer in " + timeoutMs
                    + " ms; " + whatToDo);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusinessException(ErrorCode.ORDER_STATUS_UNKNOWN, "interrupted while waiting for the engine");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BusinessException business) {
                throw business;
            }
            throw new BusinessException(ErrorCode.ORDER_STATUS_UNKNOWN, "the engine failed: " + e.getCause());
        }
    }
}
