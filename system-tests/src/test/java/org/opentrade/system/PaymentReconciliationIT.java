package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Reconciliation finds what was planted in the bank's statement, and nothing about payments that agree. */
class PaymentReconciliationIT {

    @AfterAll
    static void cleanUp() {
        BankSandbox.clearPlants();
        BankSandbox.behaveAsDefault();
    }

    @Test
    void reportsEveryMismatchPlantedInTheStatement() {
        BankSandbox.behave(BankSandbox.FAST);
        long from = System.currentTimeMillis() - 1_000;
        Api.Session alice = Api.registerAndLogIn("recon");
        String agreeing = settledDeposit(alice, "12");
        long agreeingSettled = System.currentTimeMillis();
        String changed = settledDeposit(alice, "10");
        String missing = settledDeposit(alice, "11");
        String extra = "EXTRA-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(BankSandbox.plant("{\"type\":\"AMOUNT_CHANGED\",\"merchantReference\":\"" + changed
                + "\",\"amount\":\"10.01\"}").status()).isEqualTo(201);
        assertThat(BankSandbox.plant("{\"type\":\"LINE_MISSING\",\"merchantReference\":\"" + missing + "\"}").status())
                .isEqualTo(201);
        assertThat(BankSandbox.plant("{\"type\":\"EXTRA_LINE\",\"asset\":\"USD\",\"amount\":\"77\",\"merchantReference\":\""
                + extra + "\"}").status()).isEqualTo(201);
        long to = System.currentTimeMillis() + 1_000;
        // payments settled in the last 5 s are not compared with the ledger (its history is read from the replica):
        // wait so that the agreeing one is, and shows that the ledger agrees too
        await().atMost(Duration.ofSeconds(10)).until(() -> System.currentTimeMillis() > agreeingSettled + 5_500);

        Api.Reply forbidden = Api.get("/api/v1/admin/reconciliation?from=" + from + "&to=" + to, alice.token());
        assertThat(forbidden.status()).isEqualTo(403);

        Api.Reply report = Api.get("/api/v1/admin/reconciliation?from=" + from + "&to=" + to, Api.operatorToken());
        assertThat(report.status()).as(report.raw()).isEqualTo(200);
        assertThat(report.body().get("clean").asBoolean()).isFalse();
        List<String> found = new ArrayList<>();
        for (JsonNode mismatch : report.body().get("mismatches")) {
            found.add(mismatch.get("type").asText() + " " + mismatch.get("reference").asText());
        }
        assertThat(found).contains("AMOUNT_DIFFERS " + changed, "MISSING_AT_BANK " + missing, "MISSING_HERE " + extra);
        assertThat(found).noneMatch(line -> line.endsWith(" " + agreeing));

        Api.Reply bad = Api.get("/api/v1/admin/reconciliation?from=yesterday", Api.operatorToken());
        assertThat(bad.status()).isEqualTo(400);
    }

    private static String settledDeposit(Api.Session user, String amount) {
        String id = Payments.deposit(user.token(), Money.newKey(), "USD", amount).body().get("depositId").asText();
        assertThat(Payments.awaitFinal(user.token(), "/api/v1/deposits/" + id)).isEqualTo("SUCCEEDED");
        return id;
    }
}
