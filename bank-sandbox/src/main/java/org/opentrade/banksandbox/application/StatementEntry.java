package org.opentrade.banksandbox.application;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.opentrade.banksandbox.domain.StatementLine;

/** One statement line as the bank prints it: amounts as decimal strings, settledAt as ISO-8601 UTC. */
@JsonPropertyOrder({"bankReference", "merchantReference", "kind", "asset", "amount", "status", "settledAt"})
public record StatementEntry(
        String bankReference,
        String merchantReference,
        String kind,
        String asset,
        String amount,
        String status,
        String settledAt) {

    public static StatementEntry of(StatementLine line) {
        return new StatementEntry(line.bankReference(), line.merchantReference(), line.kind().name(), line.asset(),
                line.amount().text(), line.status().name(), line.settledAt().toString());
    }
}
