package org.opentrade.fund.application.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.fund.MovementResult;
import org.opentrade.fund.application.LedgerOutcomes;
import org.opentrade.fund.domain.ledger.ApplyOutcome;
import org.opentrade.fund.domain.ledger.LedgerLimits;

/**
 * A batch request parsed item by item: the items the ledger can take, in request order, and the refusal of each
 * one it cannot (UNKNOWN_ASSET, INVALID_AMOUNT), so that bad input refuses only its own item. The request as a
 * whole must be a list of at most {@link LedgerLimits#BATCH_SIZE_MAX} non-null items (else VALIDATION_FAILED).
 *
 * @param <T> what the ledger takes: a journal transaction, a void, the legs of a fill
 */
final class PreparedBatch<T> {
    private final List<String> references = new ArrayList<>();
    /** Per request item: null when it is ready, else why it is refused. */
    private final List<ErrorCode> refusals = new ArrayList<>();
    private final List<T> ready = new ArrayList<>();

    private PreparedBatch() {
    }

    /**
     * @param reference the item's business reference, echoed in its result
     * @param parse     builds the ledger's item; a BusinessException refuses that item only
     */
    static <R, T> PreparedBatch<T> of(List<R> request, Function<R, String> reference, Function<R, T> parse) {
        if (request == null || request.size() > LedgerLimits.BATCH_SIZE_MAX || request.stream().anyMatch(Objects::isNull)) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED,
                    "a batch is a list of at most " + LedgerLimits.BATCH_SIZE_MAX + " items, none of them null");
        }
        PreparedBatch<T> batch = new PreparedBatch<>();
        for (R item : request) {
            batch.references.add(reference.apply(item));
            try {
                batch.ready.add(parse.apply(item));
                batch.refusals.add(null);
            } catch (BusinessException refused) {
                batch.refusals.add(refused.code());
            }
        }
        return batch;
    }

    /** The items the ledger takes, in request order. */
    List<T> ready() {
        return ready;
    }

    /** One result per request item, in request order, given the ledger's outcome for each ready item. */
    List<MovementResult> results(List<ApplyOutcome> outcomesOfReady) {
        if (outcomesOfReady.size() != ready.size()) {
            throw new IllegalStateException(outcomesOfReady.size() + " outcomes for " + ready.size() + " items");
        }
        List<MovementResult> results = new ArrayList<>(references.size());
        int next = 0;
        for (int i = 0; i < references.size(); i++) {
            ErrorCode refusal = refusals.get(i);
            if (refusal == null) {
                refusal = LedgerOutcomes.refusal(outcomesOfReady.get(next++));
            }
            results.add(new MovementResult(references.get(i), refusal));
        }
        return results;
    }
}
