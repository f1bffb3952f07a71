package org.opentrade.fund.adapter.out.persistence;

import java.util.List;
import java.util.stream.Stream;

import org.opentrade.fund.domain.ledger.AccountIds;
import org.opentrade.fund.domain.ledger.HoldVoid;
import org.opentrade.fund.domain.ledger.JournalTransaction;
import org.opentrade.fund.domain.ledger.Posting;

/** One item of a batch, local to one shard: a journal transaction to post, or a hold to void. */
sealed interface ShardItem {

    int shard();

    /** The user whose shard it lives on; its {@code ledger_tx} row carries this id. */
    long owner();

    /** The references whose existing rows decide its outcome. */
    List<String> references();

    /** The users' account ids whose rows it may change (a void changes the rows its hold took from). */
    Stream<Long> userAccounts();

    private static Stream<Long> users(JournalTransaction transaction) {
        return transaction.postings().stream().map(Posting::accountId).filter(AccountIds::isUser);
    }

    record Posted(JournalTransaction transaction) implements ShardItem {
        @Override
        public int shard() {
            return transaction.shard();
        }

        @Override
        public long owner() {
            return JournalInDatabase.owner(transaction);
        }

        @Override
        public List<String> references() {
            return List.of(transaction.reference());
        }

        @Override
        public Stream<Long> userAccounts() {
            return users(transaction);
        }
    }

    record Voided(HoldVoid holdVoid) implements ShardItem {
        @Override
        public int shard() {
            return holdVoid.hold().shard();
        }

        @Override
        public long owner() {
            return JournalInDatabase.owner(holdVoid.hold());
        }

        @Override
        public List<String> references() {
            return List.of(holdVoid.hold().reference(), holdVoid.release().reference());
        }

        @Override
        public Stream<Long> userAccounts() {
            return users(holdVoid.release());
        }
    }
}
