package org.opentrade.api.fund;

import java.io.Serializable;

/** Balances in 10^-8 units of the asset. */
public record AccountBalance(String asset, long available, long frozen) implements Serializable {
}
