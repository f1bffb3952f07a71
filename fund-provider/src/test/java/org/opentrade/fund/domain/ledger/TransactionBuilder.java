package org.opentrade.fund.domain.ledger;

import java.util.ArrayList;
import java.util.List;

import org.opentrade.api.money.Asset;

/** Hand-made journal transactions, for the cases the factories in {@link Postings} never produce. */
final class TransactionBuilder {
    private String reference = "test-1";
    private TransactionType type = TransactionType.DEPOSIT;
    private final List<Posting> postings = new ArrayList<>();

    static TransactionBuilder aTransaction() {
        return new TransactionBuilder();
    }

    TransactionBuilder reference(String reference) {
        this.reference = reference;
        return this;
    }

    TransactionBuilder type(TransactionType type) {
        this.type = type;
        return this;
    }

    TransactionBuilder posting(long accountId, Asset asset, Bucket bucket, long amount) {
        postings.add(new Posting(accountId, asset, bucket, amount));
        return this;
    }

    /** {@code amount} from one AVAILABLE to another: a balanced pair. */
    TransactionBuilder move(long fromAccountId, long toAccountId, Asset asset, long amount) {
        return posting(fromAccountId, asset, Bucket.AVAILABLE, -amount)
                .posting(toAccountId, asset, Bucket.AVAILABLE, amount);
    }

    List<Posting> postings() {
        return postings;
    }

    JournalTransaction build() {
        return new JournalTransaction(reference, type, postings);
    }
}
