package org.opentrade.banksandbox.domain;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every transfer the bank knows, in memory, at most {@code recordsMax} of them: the oldest accepted is forgotten
 * first. One lock guards both indexes; the sandbox is never the bottleneck of the system under test.
 */
public final class Transfers {

    private static final int SHARED_VALUES_MAX = 1_000;

    private final int recordsMax;
    private final LinkedHashMap<String, BankTransfer> byBankReference = new LinkedHashMap<>();
    private final Map<String, String> bankReferenceByMerchantReference = new HashMap<>();
    // A merchant uses a handful of assets and callback URLs; sharing one instance of each keeps a record near
    // 500 bytes instead of 850 (a parsed URI is most of it), so 100,000 records fit a 128 MB heap.
    private final Map<String, String> sharedAssets = new HashMap<>();
    private final Map<URI, URI> sharedCallbackUrls = new HashMap<>();

    public Transfers(int recordsMax) {
        if (recordsMax < 1) {
            throw new IllegalArgumentException("recordsMax must be positive");
        }
        this.recordsMax = recordsMax;
    }

    /** Idempotent on the merchant reference: a retry gets the transfer it created the first time. */
    public synchronized Admission admit(TransferInstruction instruction, Supplier<BankTransfer> newTransfer) {
        String known = bankReferenceByMerchantReference.get(instruction.merchantReference());
        if (known != null) {
            BankTransfer existing = byBankReference.get(known);
            if (!existing.instruction().sameTransferAs(instruction)) {
                throw new ReferenceConflict(instruction.merchantReference());
            }
            return new Admission(existing, false);
        }
        BankTransfer created = sharingValues(newTransfer.get());
        byBankReference.put(created.bankReference(), created);
        bankReferenceByMerchantReference.put(created.merchantReference(), created.bankReference());
        evictBeyondLimit();
        return new Admission(created, true);
    }

    /** Empty when the transfer was evicted meanwhile; a transfer already settled stays as it was. */
    public synchronized Optional<BankTransfer> settle(String bankReference, Instant at) {
        BankTransfer transfer = byBankReference.get(bankReference);
        if (transfer == null) {
            return Optional.empty();
        }
        BankTransfer settled = transfer.settled(at);
        byBankReference.put(bankReference, settled);
        return Optional.of(settled);
    }

    public synchronized Optional<BankTransfer> byMerchantReference(String merchantReference) {
        String bankReference = bankReferenceByMerchantReference.get(merchantReference);
        return Optional.ofNullable(bankReference == null ? null : byBankReference.get(bankReference));
    }

    /** Settled in [from, to), oldest first, at most {@code limit}. */
    public synchronized List<BankTransfer> settledBetween(Instant from, Instant to, int limit) {
        List<BankTransfer> settled = new ArrayList<>();
        for (BankTransfer transfer : byBankReference.values()) {
            if (transfer.isSettled() && !transfer.settledAt().isBefore(from) && transfer.settledAt().isBefore(to)) {
                settled.add(transfer);
            }
        }
        settled.sort(Comparator.comparing(BankTransfer::settledAt).thenComparing(BankTransfer::bankReference));
        return settled.size() <= limit ? settled : new ArrayList<>(settled.subList(0, limit));
    }

    public synchronized int size() {
        return byBankReference.size();
    }

    private BankTransfer sharingValues(BankTransfer transfer) {
        TransferInstruction instruction = transfer.instruction();
        String asset = share(sharedAssets, instruction.asset());
        URI callbackUrl = share(sharedCallbackUrls, instruction.callbackUrl());
        return transfer.withInstruction(instruction.sharing(asset, callbackUrl));
    }

    private static <T> T share(Map<T, T> shared, T value) {
        T known = shared.get(value);
        if (known != null) {
            return known;
        }
        if (shared.size() < SHARED_VALUES_MAX) {
            shared.put(value, value);
        }
        return value;
    }

    private void evictBeyondLimit() {
        Iterator<BankTransfer> oldestFirst = byBankReference.values().iterator();
        while (byBankReference.size() > recordsMax && oldestFirst.hasNext()) {
            BankTransfer oldest = oldestFirst.next();
            oldestFirst.remove();
            bankReferenceByMerchantReference.remove(oldest.merchantReference());
        }
    }
}
