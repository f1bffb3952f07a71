package org.opentrade.banksandbox.application;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.opentrade.banksandbox.domain.BankTransfer;

/** The body of a callback: what became of one transfer. Amounts as decimal strings, settledAt as ISO-8601 UTC. */
@JsonPropertyOrder({"bankReference", "merchantReference", "kind", "status", "amount", "asset", "settledAt"})
public record BankNotification(
        String bankReference,
        String merchantReference,
        String kind,
        String status,
        String amount,
        String asset,
        String settledAt) {

    public static BankNotification of(BankTransfer settled) {
        if (!settled.isSettled()) {
            throw new IllegalArgumentException("only a settled transfer is notified: " + settled.bankReference());
        }
        return new BankNotification(settled.bankReference(), settled.merchantReference(),
                settled.instruction().kind().name(), settled.status().name(), settled.instruction().amount().text(),
                settled.instruction().asset(), settled.settledAt().toString());
    }
}
