package org.opentrade.fund.adapter.out.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
        StringBuilder text = new StringBuilder(transaction.type().name());
        for (Posting p : transaction.postings()) {
            text.append('|').append(p.accountId()).append(':').append(p.asset()).append(':').append(p.bucket())
                    .append(':').append(p.amount());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
