package org.opentrade.api.trade;

import java.io.Serializable;
import java.util.List;

/** Orders newest first; {@code nextCursor} is null on the last page. */
public record OrderPage(List<OrderView> orders, String nextCursor) implements Serializable {
}
