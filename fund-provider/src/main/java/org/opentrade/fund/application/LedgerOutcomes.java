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
        ErrorCode refusal = refusal(outcome);
        if (refusal == null) {
            return;
        }
        switch (outcome) {
            case BALANCE_OVERFLOW -> throw new BusinessException(refusal, "the balance would leave its range");
            case ACCOUNT_SUSPENDED -> throw new BusinessException(refusal,
                    "the user is frozen: nothing can be taken from their available balance");
            default -> throw new BusinessException(refusal);
        }
    }

    /** The business refusal an outcome stands for; null for APPLIED and ALREADY_APPLIED (the effect is in). */
    public static ErrorCode refusal(ApplyOutcome outcome) {
        return switch (outcome) {
            case APPLIED, ALREADY_APPLIED -> null;
            case INSUFFICIENT_FUNDS -> ErrorCode.INSUFFICIENT_FUNDS;
            case REFERENCE_CONFLICT -> ErrorCode.REFERENCE_CONFLICT;
            case BALANCE_OVERFLOW -> ErrorCode.INVALID_AMOUNT;
            case ACCOUNT_SUSPENDED -> ErrorCode.USER_FROZEN;
        };
    }
}
