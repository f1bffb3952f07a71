package org.opentrade.payment.application.history;

import org.opentrade.api.page.PageCursor;

/**
 * Where a page of payments ended: the (creation time, payment id) of its last payment. Payment ids are random, so
 * time alone orders the list and the id only decides within a millisecond; the pair is unique, so the next page is
 * every payment strictly below it, none skipped or repeated, and payments made meanwhile never shift the pages.
 */
public record PaymentCursor(long createdAtMs, String paymentId) {
    static final String VERSION = "p1";
    static final String PAYMENT_ID = "[A-Za-z0-9]{1,40}";

    public static PaymentCursor decode(String cursor) {
        String[] fields = PageCursor.decode(cursor, VERSION, 2);
        return new PaymentCursor(PageCursor.number(fields[0]), PageCursor.text(fields[1], PAYMENT_ID));
    }

    public String encode() {
        return PageCursor.encode(VERSION + ":" + createdAtMs + ":" + paymentId);
    }
}
