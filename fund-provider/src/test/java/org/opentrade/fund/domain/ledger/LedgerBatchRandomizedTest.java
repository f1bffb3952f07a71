package org.opentrade.fund.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentrade.api.money.Asset.BTC;
import static org.opentrade.api.money.Asset.ETH;
import static org.opentrade.api.money.Asset.USD;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentrade.api.money.Asset;

/**
 * Random batches of holds, releases, fills and voids, repeats and conflicts included, answer item for item what
 * the same items answer made one at a time in request order (the single calls: freeze, unfreeze, settle as buyer
 * leg then seller leg, a void), and leave the same balances and journal. Every {@value #AUDIT_EVERY_BATCHES} batches the audit
 * is sound and no voided hold keeps money frozen. Reproduce a failure with {@code -Dledger.seed=<seed>}.
 */
class LedgerBatchRandomizedTest {
    private static final int BATCHES = 1_500;
    private static final int ITEMS_PER_BATCH_MAX = 40;
    /** The audit replays the whole journal and rechecks every void, so it runs every this many batches and at the end. */
    private static final int AUDIT_EVERY_BATCHES = 100;
    /** Eight users, two per shard. */
    private static final long[] USERS = LongStream.rangeClosed(1000, 1007).toArray();
    /** ETH/BTC next to BTC/USD lets a user's buyer leg meet their own seller leg of an earlier fill. */
    private static final Asset[][] INSTRUMENTS = {{BTC, USD}, {ETH, USD}, {ETH, BTC}};

    /** A hold as the engine asks for it: the content of a freeze, of its release and of its void. */
    record Hold(long user, Asset asset, long amount, String reference) {
        JournalTransaction freeze() {
            return Postings.freeze(user, asset, amount, reference);
        }

        HoldVoid voidIt() {
            return Postings.voidHold(user, asset, amount, reference);
        }
    }

    private Random random;
    private final Ledger batched = new Ledger();
    private final Ledger oneByOne = new Ledger();
    private final List<Hold> holds = new ArrayList<>();
    private final List<TradeFill> fills = new ArrayList<>();
    /** Voids that succeeded: none of their holds may keep money frozen. */
    private final Set<HoldVoid> voided = new HashSet<>();
    private final Map<ApplyOutcome, Integer> outcomes = new EnumMap<>(ApplyOutcome.class);
    private long nextReference;
    private int settleBatchesCut;

    static LongStream seeds() {
        String pinned = System.getProperty("ledger.seed");
        return pinned != null ? LongStream.of(Long.parseLong(pinned)) : LongStream.of(1, 2, 3, 20261124);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void any_batch_answers_and_posts_what_its_items_one_by_one_would(long seed) {
        random = new Random(seed);
        int batch = 0;
        try {
            for (; batch < BATCHES; batch++) {
                changeTheWorld();
                randomBatch();
                checkAfterEveryBatch();
                if (batch % AUDIT_EVERY_BATCHES == 0) {
                    audit();
                }
            }
            audit();
            assertThat(new HashSet<>(batched.journal())).isEqualTo(new HashSet<>(oneByOne.journal()));
            checkTheRunExercisedEverything();
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("ledger batch randomized test failed: seed=" + seed + " batch=" + batch
                    + " (rerun with -Dledger.seed=" + seed + ")", e);
        }
    }

    /** Deposits keep money flowing; suspensions come and go. Both ledgers see the same. */
    private void changeTheWorld() {
        if (random.nextInt(3) == 0) {
            JournalTransaction deposit = Postings.deposit(user(), asset(), amount(), next("pay"));
            assertThat(batched.apply(deposit)).isEqualTo(oneByOne.apply(deposit));
        }
        if (random.nextInt(10) == 0) {
            long user = user();
            if (batched.isSuspended(user)) {
                batched.reinstate(user);
                oneByOne.reinstate(user);
            } else {
                batched.suspend(user);
                oneByOne.suspend(user);
            }
        }
    }

    private void randomBatch() {
        int size = 1 + random.nextInt(ITEMS_PER_BATCH_MAX);
        switch (random.nextInt(4)) {
            case 0 -> freezeBatch(size);
            case 1 -> unfreezeBatch(size);
            case 2 -> settleBatch(size);
            default -> voidBatch(size);
        }
    }

    private void freezeBatch(int size) {
        List<JournalTransaction> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(someHold().freeze());
        }
        List<ApplyOutcome> single = new ArrayList<>();
        items.forEach(item -> single.add(oneByOne.apply(item)));
        compare(batched.applyAll(items), single);
    }

    /** Mostly new holds, sometimes a repeat, a contradiction of an earlier one, or a reference a void spent. */
    private Hold someHold() {
        int dice = random.nextInt(20);
        if (dice < 3 && !holds.isEmpty()) {
            return earlierHold();
        }
        if (dice < 5 && !holds.isEmpty()) {
            Hold earlier = earlierHold();
            return new Hold(earlier.user(), earlier.asset(), earlier.amount() + 1, earlier.reference());
        }
        long user = user();
        Asset asset = asset();
        Hold hold = new Hold(user, asset, upTo(balance(user, asset, Bucket.AVAILABLE)), next("order"));
        holds.add(hold);
        return hold;
    }

    private void unfreezeBatch(int size) {
        List<JournalTransaction> items = new ArrayList<>();
        for (int i = 0; i < size && !holds.isEmpty(); i++) {
            Hold hold = earlierHold();
            long amount = random.nextInt(6) == 0 ? Math.max(1, hold.amount() / 2) : hold.amount();
            items.add(Postings.unfreeze(hold.user(), hold.asset(), amount, hold.reference()));
        }
        List<ApplyOutcome> single = new ArrayList<>();
        items.forEach(item -> single.add(oneByOne.apply(item)));
        compare(batched.applyAll(items), single);
    }

    private void settleBatch(int size) {
        List<SettlementLegs> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(Postings.settleFill(someFill()));
        }
        if (SettlementBatch.runs(items).size() > 1) {
            settleBatchesCut++;
        }
        List<ApplyOutcome> single = new ArrayList<>();
        for (SettlementLegs fill : items) {
            ApplyOutcome buyer = oneByOne.apply(fill.buyer());
            single.add(buyer.isSuccess() ? settledBy(buyer, oneByOne.apply(fill.seller())) : buyer);
        }
        compare(batched.settleAll(items), single);
    }

    /** A fill's outcome from its two single settle calls. */
    private static ApplyOutcome settledBy(ApplyOutcome buyer, ApplyOutcome seller) {
        if (!seller.isSuccess()) {
            return seller;
        }
        return buyer == seller ? buyer : ApplyOutcome.APPLIED;
    }

    /** Mostly covered by the holds there are, sometimes not; now and then a repeat or a contradiction. */
    private TradeFill someFill() {
        int dice = random.nextInt(20);
        if (dice < 2 && !fills.isEmpty()) {
            return fills.get(random.nextInt(fills.size()));
        }
        if (dice < 3 && !fills.isEmpty()) {
            TradeFill f = fills.get(random.nextInt(fills.size()));
            return new TradeFill(f.tradeReference(), f.buyerId(), f.sellerId(), f.base(), f.quote(),
                    f.quantity() + 1, f.notional(), f.buyerFee(), f.sellerFee());
        }
        Asset[] instrument = INSTRUMENTS[random.nextInt(INSTRUMENTS.length)];
        long buyer = user();
        long seller = user();
        long quantity = upTo(balance(seller, instrument[0], Bucket.FROZEN));
        long notional = random.nextInt(20) == 0 ? 0 : upTo(balance(buyer, instrument[1], Bucket.FROZEN));
        long buyerFee = random.nextBoolean() ? 0 : random.nextLong(Math.max(1, notional / 100) + 1);
        long sellerFee = random.nextBoolean() ? 0 : random.nextLong(notional / 100 + 1);
        TradeFill fill = new TradeFill(next("trade"), buyer, seller, instrument[0], instrument[1], quantity,
                notional, buyerFee, sellerFee);
        fills.add(fill);
        return fill;
    }

    private void voidBatch(int size) {
        List<HoldVoid> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(someVoid());
        }
        List<ApplyOutcome> single = new ArrayList<>();
        items.forEach(item -> single.add(oneByOne.voidHold(item)));
        List<ApplyOutcome> answered = batched.voidHolds(items);
        compare(answered, single);
        for (int i = 0; i < items.size(); i++) {
            if (answered.get(i).isSuccess()) {
                voided.add(items.get(i));
            }
        }
    }

    /** A void of an earlier hold (taken or not, maybe voided before), of a hold never asked for, or contradicting. */
    private HoldVoid someVoid() {
        int dice = random.nextInt(20);
        if (dice < 12 && !holds.isEmpty()) {
            return earlierHold().voidIt();
        }
        if (dice < 14 && !holds.isEmpty()) {
            Hold earlier = earlierHold();
            return Postings.voidHold(earlier.user(), earlier.asset(), earlier.amount() + 1, earlier.reference());
        }
        Hold neverAsked = new Hold(user(), asset(), amount(), next("order"));
        holds.add(neverAsked);
        return neverAsked.voidIt();
    }

    private void compare(List<ApplyOutcome> batch, List<ApplyOutcome> single) {
        assertThat(batch).as("batch outcomes vs one by one").isEqualTo(single);
        batch.forEach(outcome -> outcomes.merge(outcome, 1, Integer::sum));
    }

    private void checkAfterEveryBatch() {
        assertThat(batched.balances()).isEqualTo(oneByOne.balances());
        assertThat(batched.journal()).hasSameSizeAs(oneByOne.journal());
    }

    /** The invariants that cost a pass over everything: the ledger's audit, and every void ever made still holds. */
    private void audit() {
        AuditReport audit = batched.audit();
        assertThat(audit.violations()).isEmpty();
        assertThat(audit.sumByAsset().values()).containsOnly(0L);
        for (HoldVoid holdVoid : voided) {
            String hold = holdVoid.hold().reference();
            boolean held = batched.applied(hold).isPresent();
            if (held ? batched.applied(holdVoid.release().reference()).isEmpty() : batched.voided(hold).isEmpty()) {
                throw new AssertionError(hold + " was voided, yet " + (held ? "is still frozen" : "is not spent"));
            }
        }
    }

    /** Guards the generator: a run that never conflicts, never cuts a settle batch or never voids proves little. */
    private void checkTheRunExercisedEverything() {
        assertThat(outcomes.keySet()).as("outcomes seen: %s", outcomes).contains(ApplyOutcome.APPLIED,
                ApplyOutcome.ALREADY_APPLIED, ApplyOutcome.INSUFFICIENT_FUNDS, ApplyOutcome.REFERENCE_CONFLICT,
                ApplyOutcome.ACCOUNT_SUSPENDED);
        assertThat(settleBatchesCut).as("settle batches cut into runs").isPositive();
        assertThat(voided).as("voids that spent a reference, voids that released a hold")
                .anySatisfy(v -> assertThat(batched.voided(v.hold().reference())).isPresent())
                .anySatisfy(v -> assertThat(batched.applied(v.release().reference())).isPresent());
        assertThat(batched.journal().size()).as("enough took effect to mean something").isGreaterThan(BATCHES * 5);
    }

    private Hold earlierHold() {
        return holds.get(random.nextInt(holds.size()));
    }

    private long balance(long user, Asset asset, Bucket bucket) {
        return batched.balance(new BalanceKey(user, asset, bucket));
    }

    private long user() {
        return USERS[random.nextInt(USERS.length)];
    }

    private Asset asset() {
        return Asset.ALL.get(random.nextInt(Asset.ALL.size()));
    }

    /** 1 unit to 10^4 whole units, spread over magnitudes. */
    private long amount() {
        return 1 + random.nextLong((long) Math.pow(10, random.nextInt(13)));
    }

    /**
     * Mostly within {@code balance}, sometimes beyond it, so that insufficient funds occur too. Capped: fills left
     * half settled credit buyers out of clearing, so balances can grow far beyond what was deposited.
     */
    private long upTo(long balance) {
        if (balance <= 0 || random.nextInt(8) == 0) {
            return amount();
        }
        return 1 + random.nextLong(Math.min(balance + balance / 8, LedgerLimits.AMOUNT_MAX / 2));
    }

    private String next(String kind) {
        return kind + "-" + nextReference++;
    }
}
