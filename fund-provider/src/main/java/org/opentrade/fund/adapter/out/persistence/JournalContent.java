package org.opentrade.fund.adapter.out.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.opentrade.fund.domain.ledger.HoldVoid;
import org.opentrade.fund.domain.ledger.JournalTransaction;
import org.opentrade.fund.domain.ledger.Posting;

/**
 * A fingerprint of a journal transaction's content, stored with its reference: a retry carries the same
 * fingerprint (ALREADY_APPLIED), a reuse of the reference for something else does not (REFERENCE_CONFLICT).
 * Postings are already in canonical order, so equal transactions give equal text.
 */
final class JournalContent {
    private JournalContent() {
    }

    static String sha256(JournalTransaction transaction) {
        return digest(text(transaction));
    }

    /**
     * The fingerprint of a hold reference spent by a void (see HoldVoid): never that of a journal transaction, whose
     * text starts with its type, so a hold arriving after its void is a REFERENCE_CONFLICT; the same void again
     * matches it.
     */
    static String spentBy(HoldVoid holdVoid) {
        return digest(LedgerTxRow.SPENT_BY_VOID + '|' + text(holdVoid.hold()));
    }

    private static String text(JournalTransaction transaction) {
        StringBuilder text = new StringBuilder(transaction.type().name());
        for (Posting p : transaction.postings()) {
            text.append('|').append(p.accountId()).append(':').append(p.asset()).append(':').append(p.bucket())
                    .append(':').append(p.amount());
        }
        return text.toString();
    }

    private static String digest(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
