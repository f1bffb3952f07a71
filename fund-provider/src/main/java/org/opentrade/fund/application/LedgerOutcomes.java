package org.opentrade.fund.application;

import java.util.function.Supplier;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.fund.domain.ledger.ApplyOutcome;

/** How ledger results become the contract's business failures, in one place. */
public final class LedgerOutcomes {
    private LedgerOutcomes() {
    }

    /** Postings refuse amounts that are zero, negative or beyond the ledger's maximum: that is bad input. */
    public static <T> T transaction(Supplier<T> postings) {
        try {
            return postings.get();
        } catch (IllegalArgumentException invalid) {
            throw new BusinessException(ErrorCode.INVALID_AMOUNT, invalid.getMessage());
        }
    }

    /** Returns on APPLIED and ALREADY_APPLIED (a retry); throws the matching business failure otherwise. */
    public static void requireSuccess(ApplyOutcome outcome) {
        switch (outcome) {
            case APPLIED, ALREADY_APPLIED -> { }
            case INSUFFICIENT_FUNDS -> throw new BusinessException(ErrorCode.INSUFFICIENT_FUNDS);
            case REFERENCE_CONFLICT -> throw new BusinessException(ErrorCode.REFERENCE_CONFLICT);
            case BALANCE_OVERFLOW -> throw new BusinessException(ErrorCode.INVALID_AMOUNT,
                    "the balance would leave its range");
            case ACCOUNT_SUSPENDED -> throw new BusinessException(ErrorCode.USER_FROZEN,
                    "the user is frozen: nothing can be taken from their available balance");
        }
    }
}
