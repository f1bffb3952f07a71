package org.opentrade.fund.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentrade.api.money.Asset;

/**
 * Any sequence of operations, failures and retries included, conserves money, keeps every user bucket
 * non-negative, keeps each balance equal to the sum of its postings, and consumes each reference once.
 * Checked after every step against {@link ReferenceLedger}; reproduce a failure with
 * {@code -Dledger.seed=<seed>}.
 */
class LedgerRandomizedTest {
    private static final int STEPS = 10_000;
    /** A full replay of the journal is O(journal), so it runs every this many steps rather than every step. */
    private static final int FULL_CHECK_EVERY_STEPS = 500;
    /** Eight users, two per shard. */
    private static final long[] USERS = LongStream.rangeClosed(1000, 1007).toArray();
    private static final Asset[] ASSETS = Asset.values();
    private static final Asset[] BASES = {Asset.BTC, Asset.ETH};

    private Random random;
    private final Ledger ledger = new Ledger();
    private final ReferenceLedger reference = new ReferenceLedger();
    /** Every valid transaction tried so far, applied or not, to retry later. */
    private final List<JournalTransaction> attempted = new ArrayList<>();
    /** Legs still to post whose counterpart is posted: a settlement leg, a transfer's in leg or its reversal. */
    private final List<JournalTransaction> pendingLegs = new ArrayList<>();
    /** Withdrawals applied and not refunded yet. */
    private final List<JournalTransaction> refundable = new ArrayList<>();
    private long nextReference;
    private final Map<ApplyOutcome, Integer> outcomes = new EnumMap<>(ApplyOutcome.class);

    static LongStream seeds() {
        String pinned = System.getProperty("ledger.seed");
        return pinned != null ? LongStream.of(Long.parseLong(pinned)) : LongStream.of(1, 2, 3, 20261124);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void any_sequence_of_operations_conserves_money_and_agrees_with_its_journal(long seed) {
        random = new Random(seed);
        int step = 0;
        try {
            for (; step < STEPS; step++) {
                randomStep();
                checkAfterEveryStep();
                if (step % FULL_CHECK_EVERY_STEPS == 0) {
                    checkFromScratch();
                }
            }
            settleEverythingPending();
            checkFromScratch();
            AuditReport audit = ledger.audit();
            assertThat(audit.isQuiet()).as("quiet once every leg is posted, in flight: %s", audit.inFlight())
                    .isTrue();
            checkTheRunExercisedEverything();
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("ledger randomized test failed: seed=" + seed + " step=" + step
                    + " (rerun with -Dledger.seed=" + seed + ")", e);
        }
    }

    /** Guards the generator: a run that rejects almost everything, or never retries, proves little. */
    private void checkTheRunExercisedEverything() {
        assertThat(ledger.journal().size()).as("enough operations succeeded to mean something")
                .isGreaterThan(STEPS / 3);
        assertThat(outcomes.keySet()).as("outcomes seen: %s", outcomes).contains(ApplyOutcome.APPLIED,
                ApplyOutcome.ALREADY_APPLIED, ApplyOutcome.INSUFFICIENT_FUNDS, ApplyOutcome.REFERENCE_CONFLICT);
        assertThat(ledger.journal()).extracting(JournalTransaction::type).as("every operation took effect")
                .containsAll(List.of(TransactionType.values()));
    }

    private void randomStep() {
        int dice = random.nextInt(100);
        if (dice < 18) {
            attempt(Postings.deposit(user(), asset(), amount(), nextReference()));
        } else if (dice < 26) {
            withdraw();
        } else if (dice < 29) {
            refundWithdrawal();
        } else if (dice < 42) {
            Asset asset = asset();
            long user = user();
            attempt(Postings.freeze(user, asset, upTo(available(user, asset)), nextReference()));
        } else if (dice < 49) {
            Asset asset = asset();
            long user = user();
            attempt(Postings.unfreeze(user, asset, upTo(frozen(user, asset)), nextReference()));
        } else if (dice < 64) {
            settleFill();
        } else if (dice < 76) {
            transfer();
        } else if (dice < 84) {
            completePendingLeg();
        } else if (dice < 92) {
            retrySameContent();
        } else if (dice < 96) {
            retryAlteredContent();
        } else {
            invalidInput();
        }
    }

    private void withdraw() {
        long user = user();
        Asset asset = asset();
        JournalTransaction withdrawal = Postings.withdraw(user, asset, upTo(available(user, asset)), nextReference());
        if (attempt(withdrawal) == ApplyOutcome.APPLIED) {
            refundable.add(withdrawal);
        }
    }

    private void refundWithdrawal() {
        if (refundable.isEmpty()) {
            return;
        }
        JournalTransaction withdrawal = refundable.remove(random.nextInt(refundable.size()));
        Posting user = withdrawal.postings().stream().filter(p -> AccountIds.isUser(p.accountId())).findFirst()
                .orElseThrow();
        String business = withdrawal.reference().substring("WITHDRAWAL:".length());
        attempt(Postings.withdrawalRefund(user.accountId(), user.asset(), -user.amount(), business));
    }

    private void settleFill() {
        long buyer = user();
        long seller = user();
        Asset base = BASES[random.nextInt(BASES.length)];
        long quantity = upTo(frozen(seller, base));
        long quoteHold = frozen(buyer, Asset.USD);
        long notional = random.nextInt(20) == 0 ? 0 : upTo(quoteHold);
        long buyerFee = random.nextBoolean() ? 0 : random.nextLong(Math.max(1, notional / 100) + 1);
        long sellerFee = random.nextBoolean() ? 0 : random.nextLong(notional / 100 + 1);
        SettlementLegs legs = Postings.settleFill(new TradeFill(nextReference(), buyer, seller, base, Asset.USD,
                quantity, notional, buyerFee, sellerFee));
        List<JournalTransaction> both = new ArrayList<>(List.of(legs.buyer(), legs.seller()));
        if (random.nextBoolean()) {
            Collections.reverse(both);
        }
        for (JournalTransaction leg : both) {
            boolean later = random.nextInt(5) == 0;
            if (later || !attempt(leg).isSuccess()) {
                pendingLegs.add(leg);
            }
        }
    }

    /** The out leg now; the in leg now, later, or never, in which case a reversal is posted later. */
    private void transfer() {
        long from = user();
        long to = USERS[(indexOf(from) + 1 + random.nextInt(USERS.length - 1)) % USERS.length];
        Asset asset = asset();
        long amount = upTo(available(from, asset));
        String business = nextReference();
        if (attempt(Postings.transferOut(from, asset, amount, business)) != ApplyOutcome.APPLIED) {
            return;
        }
        int fate = random.nextInt(20);
        if (fate < 12) {
            JournalTransaction in = Postings.transferIn(to, asset, amount, business);
            if (!attempt(in).isSuccess()) {
                pendingLegs.add(in);
            }
        } else if (fate < 17) {
            pendingLegs.add(Postings.transferIn(to, asset, amount, business));
        } else {
            pendingLegs.add(Postings.transferOutReversal(from, asset, amount, business));
        }
    }

    private void completePendingLeg() {
        if (pendingLegs.isEmpty()) {
            return;
        }
        int index = random.nextInt(pendingLegs.size());
        if (attempt(pendingLegs.get(index)).isSuccess()) {
            pendingLegs.remove(index);
        }
    }

    /**
     * A retry of anything tried before. A transfer's out leg rejected at first may succeed now, long after its
     * transfer gave up (a late try in TCC terms): like the distributed transaction would, compensate it.
     */
    private void retrySameContent() {
        if (attempted.isEmpty()) {
            return;
        }
        JournalTransaction retry = attempted.get(random.nextInt(attempted.size()));
        if (attempt(retry) == ApplyOutcome.APPLIED && retry.type() == TransactionType.TRANSFER_OUT) {
            Posting from = retry.postings().stream().filter(p -> AccountIds.isUser(p.accountId())).findFirst()
                    .orElseThrow();
            String business = retry.reference().substring("TRANSFER_OUT:".length());
            pendingLegs.add(Postings.transferOutReversal(from.accountId(), from.asset(), -from.amount(), business));
        }
    }

    /** Same reference and type, different content: negated or doubled amounts, still balanced. */
    private void retryAlteredContent() {
        if (reference.journal.isEmpty()) {
            return;
        }
        JournalTransaction original = reference.journal.get(random.nextInt(reference.journal.size()));
        boolean doublingFits = original.postings().stream()
                .allMatch(p -> Math.abs(p.amount()) <= LedgerLimits.AMOUNT_MAX / 2);
        long factor = doublingFits && random.nextBoolean() ? 2 : -1;
        List<Posting> altered = new ArrayList<>();
        for (Posting posting : original.postings()) {
            altered.add(new Posting(posting.accountId(), posting.asset(), posting.bucket(), posting.amount() * factor));
        }
        JournalTransaction conflicting = new JournalTransaction(original.reference(), original.type(), altered);
        assertThat(attempt(conflicting)).isEqualTo(ApplyOutcome.REFERENCE_CONFLICT);
    }

    private void invalidInput() {
        long[] badAmounts = {0, -1 - random.nextInt(1000), LedgerLimits.AMOUNT_MAX + 1, Long.MIN_VALUE};
        long bad = badAmounts[random.nextInt(badAmounts.length)];
        List<Supplier<?>> attempts = List.of(
                () -> Postings.deposit(user(), asset(), bad, nextReference()),
                () -> Postings.withdraw(user(), asset(), bad, nextReference()),
                () -> Postings.freeze(user(), asset(), bad, nextReference()),
                () -> Postings.transferOut(user(), asset(), bad, nextReference()),
                () -> Postings.deposit(SystemAccount.FEES.idFor(user()), asset(), 1, nextReference()),
                () -> new TradeFill(nextReference(), user(), user(), Asset.BTC, Asset.USD, 1, 10, 0, 11),
                () -> unbalancedDeposit(user(), asset()));
        Supplier<?> chosen = attempts.get(random.nextInt(attempts.size()));
        Map<BalanceKey, Long> before = ledger.balances();
        assertThatThrownBy(chosen::get).isInstanceOf(IllegalArgumentException.class);
        assertThat(ledger.balances()).isEqualTo(before);
    }

    private JournalTransaction unbalancedDeposit(long user, Asset asset) {
        return new JournalTransaction(nextReference(), TransactionType.DEPOSIT, List.of(
                new Posting(user, asset, Bucket.AVAILABLE, 5),
                new Posting(SystemAccount.BANK_CLEARING.idFor(user), asset, Bucket.AVAILABLE, -4)));
    }

    /** Applies to both and checks the ledger answered what the reference model expects. */
    private ApplyOutcome attempt(JournalTransaction transaction) {
        ApplyOutcome expected = reference.expectedOutcome(transaction);
        ApplyOutcome actual = ledger.apply(transaction);
        assertThat(actual).as("outcome of %s", transaction).isEqualTo(expected);
        if (actual == ApplyOutcome.APPLIED) {
            assertThat(reference.record(transaction)).as("reference %s applied twice", transaction.reference())
                    .isTrue();
        }
        attempted.add(transaction);
        outcomes.merge(actual, 1, Integer::sum);
        return actual;
    }

    private void checkAfterEveryStep() {
        Map<BalanceKey, Long> balances = ledger.balances();
        assertThat(balances).as("every balance is the sum of its postings").isEqualTo(reference.balances);
        Map<Asset, Long> sums = new EnumMap<>(Asset.class);
        balances.forEach((key, balance) -> {
            sums.merge(key.asset(), balance, Math::addExact);
            if (ReferenceLedger.mustStayNonNegative(key.accountId())) {
                assertThat(balance).as("balance of %s", key).isNotNegative();
            }
        });
        sums.forEach((asset, sum) -> assertThat(sum).as("sum of all %s balances", asset).isZero());
        assertThat(ledger.journal()).hasSameSizeAs(reference.journal);
        if (!reference.journal.isEmpty()) {
            assertThat(ledger.journal().get(ledger.journal().size() - 1))
                    .isEqualTo(reference.journal.get(reference.journal.size() - 1));
        }
    }

    private void checkFromScratch() {
        assertThat(ledger.journal()).isEqualTo(reference.journal);
        assertThat(ledger.balances()).isEqualTo(reference.replayJournal());
        Set<String> references = new HashSet<>();
        for (JournalTransaction transaction : ledger.journal()) {
            assertThat(references.add(transaction.reference())).as("unique %s", transaction.reference()).isTrue();
        }
        AuditReport audit = ledger.audit();
        assertThat(audit.violations()).isEmpty();
        assertThat(audit.sumByAsset().values()).containsOnly(0L);
    }

    /** Funds and posts every leg still waiting, as operations would once the cause is fixed. */
    private void settleEverythingPending() {
        for (JournalTransaction leg : List.copyOf(pendingLegs)) {
            if (reference.expectedOutcome(leg) == ApplyOutcome.INSUFFICIENT_FUNDS) {
                fundHoldsFor(leg);
            }
            assertThat(attempt(leg).isSuccess()).as("pending leg %s", leg).isTrue();
            checkAfterEveryStep();
        }
        pendingLegs.clear();
    }

    private void fundHoldsFor(JournalTransaction leg) {
        for (Posting posting : leg.postings()) {
            if (posting.amount() < 0 && AccountIds.isUser(posting.accountId())) {
                long need = -posting.amount();
                String business = nextReference();
                attempt(Postings.deposit(posting.accountId(), posting.asset(), need, business));
                attempt(Postings.freeze(posting.accountId(), posting.asset(), need, business));
            }
        }
    }

    private long user() {
        return USERS[random.nextInt(USERS.length)];
    }

    private static int indexOf(long user) {
        return (int) (user - USERS[0]);
    }

    private Asset asset() {
        return ASSETS[random.nextInt(ASSETS.length)];
    }

    /** 1 unit to 10^4 whole units, spread over magnitudes so that small and large amounts both occur. */
    private long amount() {
        long magnitude = (long) Math.pow(10, random.nextInt(13));
        return 1 + random.nextLong(magnitude);
    }

    /** Mostly within {@code balance}, sometimes beyond it, so that insufficient funds occur too. */
    private long upTo(long balance) {
        if (balance <= 0 || random.nextInt(8) == 0) {
            return amount();
        }
        return 1 + random.nextLong(balance + balance / 8);
    }

    private long available(long user, Asset asset) {
        return reference.balance(new BalanceKey(user, asset, Bucket.AVAILABLE));
    }

    private long frozen(long user, Asset asset) {
        return reference.balance(new BalanceKey(user, asset, Bucket.FROZEN));
    }

    private String nextReference() {
        return "r" + nextReference++;
    }
}
