package org.opentrade.api.payment;

import java.io.Serializable;
import java.util.List;

/** Payments newest first; {@code nextCursor} is null on the last page. */
public record PaymentPage(List<PaymentView> payments, String nextCursor) implements Serializable {
}
