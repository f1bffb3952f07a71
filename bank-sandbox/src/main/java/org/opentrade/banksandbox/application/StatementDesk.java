package org.opentrade.banksandbox.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.opentrade.banksandbox.domain.Amount;
import org.opentrade.banksandbox.domain.BankTransfer;
import org.opentrade.banksandbox.domain.BankUnavailable;
import org.opentrade.banksandbox.domain.InvalidInput;
import org.opentrade.banksandbox.domain.PlantType;
import org.opentrade.banksandbox.domain.StatementLine;
import org.opentrade.banksandbox.domain.StatementPlants;
import org.opentrade.banksandbox.domain.TransferKind;
import org.opentrade.banksandbox.domain.TransferStatus;
import org.opentrade.banksandbox.domain.Transfers;
import org.opentrade.banksandbox.domain.UnknownReference;

/** The statement for reconciliation, and the mismatches tests plant in it. */
public final class StatementDesk {

    private static final int REFERENCE_RANDOM_BYTES = 10;

    private final Transfers transfers;
    private final StatementPlants plants;
    private final BehaviourSettings behaviour;
    private final int linesMax;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public StatementDesk(Transfers transfers, StatementPlants plants, BehaviourSettings behaviour, int linesMax,
                         Clock clock) {
        this.transfers = transfers;
        this.plants = plants;
        this.behaviour = behaviour;
        this.linesMax = linesMax;
        this.clock = clock;
    }

    public int linesMax() {
        return linesMax;
    }

    public Statement statement(Instant from, Instant to, int limit) {
        if (behaviour.current().outage()) {
            throw new BankUnavailable("BANK_UNAVAILABLE",
                    "the bank is not available");
        }
        if (!from.isBefore(to)) {
            throw new InvalidInput("INVALID_PERIOD", "from must be before to");
        }
        if (limit < 1 || limit > linesMax) {
            throw new InvalidInput("INVALID_LIMIT", "limit must be between 1 and " + linesMax);
        }
        // one more than asked for tells whether the answer is complete; planted lines may add or remove some
        List<StatementLine> trueLines = transfers.settledBetween(from, to, limit + 1).stream()
                .map(StatementLine::of).toList();
        List<StatementLine> shown = plants.applyTo(trueLines, from, to).stream()
                .sorted(Comparator.comparing(StatementLine::settledAt).thenComparing(StatementLine::bankReference))
                .toList();
        boolean truncated = trueLines.size() > limit || shown.size() > limit;
        List<StatementEntry> lines = shown.stream().limit(limit).map(StatementEntry::of).toList();
        return new Statement(from, to, lines, truncated);
    }

    public StatementEntry plant(PlantType type, String merchantReference, TransferKind kind, String asset,
                                String amount) {
        return switch (type) {
            case EXTRA_LINE -> plantExtraLine(merchantReference, kind, asset, amount);
            case AMOUNT_CHANGED -> plantAmountChange(merchantReference, amount);
            case LINE_MISSING -> plantMissingLine(merchantReference);
        };
    }

    public void clearPlants() {
        plants.clear();
    }

    private StatementEntry plantExtraLine(String merchantReference, TransferKind kind, String asset, String amount) {
        if (asset == null || !asset.matches("[A-Z0-9]{2,12}")) {
            throw new InvalidInput("INVALID_ASSET", "asset must be 2-12 characters of A-Z 0-9");
        }
        String bankReference = "BNKX" + randomHex();
        String reference = merchantReference == null ? "PLANTED-" + bankReference : merchantReference;
        StatementLine line = new StatementLine(bankReference, reference, kind == null ? TransferKind.PAYMENT : kind,
                asset, Amount.parse(amount), TransferStatus.SUCCEEDED, clock.instant());
        plants.addExtraLine(line);
        return StatementEntry.of(line);
    }

    private StatementEntry plantAmountChange(String merchantReference, String amount) {
        BankTransfer settled = settledTransfer(merchantReference);
        Amount changed = Amount.parse(amount);
        plants.changeAmount(settled.bankReference(), changed);
        return StatementEntry.of(StatementLine.of(settled).withAmount(changed));
    }

    private StatementEntry plantMissingLine(String merchantReference) {
        BankTransfer settled = settledTransfer(merchantReference);
        plants.hide(settled.bankReference());
        return StatementEntry.of(StatementLine.of(settled));
    }

    private BankTransfer settledTransfer(String merchantReference) {
        if (merchantReference == null) {
            throw new InvalidInput("INVALID_MERCHANT_REFERENCE", "merchantReference is required");
        }
        return transfers.byMerchantReference(merchantReference)
                .filter(BankTransfer::isSettled)
                .orElseThrow(() -> new UnknownReference("no settled transfer with merchantReference "
                        + merchantReference));
    }

    private String randomHex() {
        byte[] bytes = new byte[REFERENCE_RANDOM_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
