package org.opentrade.trade.application.order;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.trade.domain.matching.ExecutionResult;

/** Waiting for an engine's answer, bounded; failures become API errors. */
final class EngineAnswers {

    private EngineAnswers() {
    }

    static ExecutionResult await(CompletableFuture<ExecutionResult> answer, long timeoutMs) {
        try {
            return answer.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "the engine did not answer in " + timeoutMs + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BusinessException business) {
                throw business;
            }
            throw new BusinessException(ErrorCode.SERVICE_UNAVAILABLE, "the engine failed: " + e.getCause());
        }
    }
}
