package org.opentrade.platform.sentinel;

import com.alibaba.csp.sentinel.util.function.Predicate;
import org.opentrade.api.BusinessException;

/**
 * Which failures of a call count against the callee's circuit breakers. A BusinessException is an answer: a refused
 * order, a missing user, and also SERVICE_UNAVAILABLE from a provider whose own dependency failed (that provider is
 * up and answers at once; its own breaker on the dependency does the protecting). Counted are the failures of the
 * callee itself: unreachable, timed out, or a defect.
 */
final class BusinessOutcomes implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        return !(failure instanceof BusinessException);
    }
}
