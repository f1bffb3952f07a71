package org.opentrade.payment.application.port;

import java.util.List;

import org.opentrade.api.page.TimeWindow;
import org.opentrade.payment.application.history.PaymentCursor;
import org.opentrade.payment.domain.Payment;
import org.opentrade.payment.domain.PaymentKind;

/** A user's payments read back for their lists, from the primary (a client lists what it just asked for). */
public interface PaymentHistory {

    /**
     * Up to {@code limit} of the user's payments of {@code kind} created in {@code window}, newest first by
     * (creation time, payment id), strictly below {@code afterOrNull}.
     */
    List<Payment> newestFirst(long userId, PaymentKind kind, TimeWindow window, PaymentCursor afterOrNull, int limit);
}
