package org.opentrade.fund.domain.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * How a batch of fills settles, in memory and in the database alike: the buyer legs of a run of fills in request
 * order, then the seller legs of the run's fills whose buyer leg is in the ledger. Within a fill that is the order
 * a single settle uses (a fill refused on its buyer leg changes nothing; one refused on its seller leg stays half
 * settled, in flight, until it is retried), and it lets the database post a run's buyer legs with one local
 * transaction per shard, then its seller legs with another.
 *
 * <p>Posting a seller leg after later fills' buyer legs changes no outcome while they share no user balance: a
 * seller leg takes the seller's FROZEN base and credits the seller's AVAILABLE quote, so a later buyer leg meets it
 * only when the same user trades an instrument whose quote is another's base (ETH/BTC beside BTC/USD). A run ends
 * before the first fill whose buyer leg touches a user balance that a seller leg of the run touches, so a batch
 * answers exactly what settling its fills one by one answers. (System accounts are shared by every leg, but the
 * clearing accounts and credits to FEES can only overflow, far beyond any real volume.)
 */
public final class SettlementBatch {

    private SettlementBatch() {
    }

    /**
     * One outcome per fill, in request order: the buyer leg's refusal, else the seller leg's, else APPLIED, or
     * ALREADY_APPLIED when both legs were in the ledger before.
     *
     * @param applyAll applies transactions in order, one outcome each, as {@link Ledger#applyAll} does
     */
    public static List<ApplyOutcome> settle(List<SettlementLegs> fills,
                                            Function<List<JournalTransaction>, List<ApplyOutcome>> applyAll) {
        List<ApplyOutcome> outcomes = new ArrayList<>(fills.size());
        for (List<SettlementLegs> run : runs(fills)) {
            outcomes.addAll(settleRun(run, applyAll));
        }
        return outcomes;
    }

    /** The batch cut before each fill whose buyer leg shares a user balance with an earlier seller leg of its run. */
    static List<List<SettlementLegs>> runs(List<SettlementLegs> fills) {
        List<List<SettlementLegs>> runs = new ArrayList<>();
        List<SettlementLegs> run = new ArrayList<>();
        Set<BalanceKey> touchedBySellers = new HashSet<>();
        for (SettlementLegs fill : fills) {
            if (!run.isEmpty() && userKeys(fill.buyer()).stream().anyMatch(touchedBySellers::contains)) {
                runs.add(run);
                run = new ArrayList<>();
                touchedBySellers.clear();
            }
            run.add(fill);
            touchedBySellers.addAll(userKeys(fill.seller()));
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static List<ApplyOutcome> settleRun(List<SettlementLegs> run,
                                                Function<List<JournalTransaction>, List<ApplyOutcome>> applyAll) {
        List<ApplyOutcome> buyers = applyAll.apply(run.stream().map(SettlementLegs::buyer).toList());
        List<JournalTransaction> sellers = new ArrayList<>();
        for (int i = 0; i < run.size(); i++) {
            if (buyers.get(i).isSuccess()) {
                sellers.add(run.get(i).seller());
            }
        }
        List<ApplyOutcome> sellerOutcomes = sellers.isEmpty() ? List.of() : applyAll.apply(sellers);
        List<ApplyOutcome> outcomes = new ArrayList<>(run.size());
        int seller = 0;
        for (ApplyOutcome buyer : buyers) {
            outcomes.add(buyer.isSuccess() ? combined(buyer, sellerOutcomes.get(seller++)) : buyer);
        }
        return outcomes;
    }

    private static ApplyOutcome combined(ApplyOutcome buyer, ApplyOutcome seller) {
        if (!seller.isSuccess()) {
            return seller;
        }
        return buyer == ApplyOutcome.ALREADY_APPLIED && seller == ApplyOutcome.ALREADY_APPLIED
                ? ApplyOutcome.ALREADY_APPLIED : ApplyOutcome.APPLIED;
    }

    private static List<BalanceKey> userKeys(JournalTransaction leg) {
        return leg.postings().stream().filter(p -> AccountIds.isUser(p.accountId())).map(Posting::key).toList();
    }
}
