package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Transfers over HTTP: exactly once, across shards, rolled back as a whole when the second leg fails. */
class TransferIT {

    @Test
    void aTransferAcrossShardsMovesMoneyOnceAndShowsInBothJournals() {
        Api.Session alice = Money.fundedUser("alice", "USD", 100 * Money.ONE);
        Api.Session bob = Api.registerAndLogIn("bob");
        assertThat(Long.parseLong(alice.userId()) % 2).as("consecutive users sit in different databases")
                .isNotEqualTo(Long.parseLong(bob.userId()) % 2);

        String key = Money.newKey();
        Api.Reply sent = Money.transfer(alice.token(), key, bob.username(), "USD", "30.5");
        assertThat(sent.status()).as(sent.raw()).isEqualTo(201);
        assertThat(sent.body().get("status").asText()).isEqualTo("COMPLETED");
        assertThat(Money.available(alice.token(), "USD")).isEqualTo(6950 * Money.ONE / 100);
        assertThat(Money.available(bob.token(), "USD")).isEqualTo(3050 * Money.ONE / 100);

        Api.Reply again = Money.transfer(alice.token(), key, bob.username(), "USD", "30.5");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().get("transferId").asText()).isEqualTo(sent.body().get("transferId").asText());
        assertThat(Money.available(alice.token(), "USD")).isEqualTo(6950 * Money.ONE / 100);

        Api.Reply reused = Money.transfer(alice.token(), key, bob.username(), "USD", "1");
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");

        String reference = "transfer-" + sent.body().get("transferId").asText();
        assertThat(journalTypes(alice.token(), reference)).containsExactly("TRANSFER_OUT");
        assertThat(journalTypes(bob.token(), reference)).containsExactly("TRANSFER_IN");
    }

    @ParameterizedTest
    @CsvSource({"0,INVALID_AMOUNT", "-1,INVALID_AMOUNT", "1.000000001,INVALID_AMOUNT", "abc,INVALID_AMOUNT",
            "1e3,INVALID_AMOUNT", "1000000001,INVALID_AMOUNT", "99999999999999999999999,INVALID_AMOUNT"})
    void invalidAmountsAre400AndMoveNothing(String amount, String code) {
        Api.Session alice = Money.fundedUser("amt", "USD", 10 * Money.ONE);
        Api.Session bob = Api.registerAndLogIn("amt-to");
        Api.Reply reply = Money.transfer(alice.token(), Money.newKey(), bob.username(), "USD", amount);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo(code);
        assertThat(Money.available(alice.token(), "USD")).isEqualTo(10 * Money.ONE);
    }

    @Test
    void businessRulesAnswerWithTheirCodesAndMoveNothing() {
        Api.Session alice = Money.fundedUser("rules", "USD", 10 * Money.ONE);
        Api.Session bob = Api.registerAndLogIn("rules-to");

        Api.Reply tooMuch = Money.transfer(alice.token(), Money.newKey(), bob.username(), "USD", "10.00000001");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.code()).isEqualTo("INSUFFICIENT_FUNDS");

        Api.Reply self = Money.transfer(alice.token(), Money.newKey(), alice.username(), "USD", "1");
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.code()).isEqualTo("SELF_TRANSFER");

        Api.Reply nobody = Money.transfer(alice.token(), Money.newKey(), Api.freshUsername("ghost"), "USD", "1");
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(nobody.code()).isEqualTo("RECIPIENT_NOT_FOUND");

        Api.Reply unknownAsset = Money.transfer(alice.token(), Money.newKey(), bob.username(), "DOGE", "1");
        assertThat(unknownAsset.status()).isEqualTo(400);
        assertThat(unknownAsset.code()).isEqualTo("UNKNOWN_ASSET");

        Api.Reply noKey = Api.post("/api/v1/transfers", alice.token(),
                "{\"toUsername\":\"" + bob.username() + "\",\"asset\":\"USD\",\"amount\":\"1\"}");
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.code()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");

        Api.Reply noToken = Money.transfer(null, Money.newKey(), bob.username(), "USD", "1");
        assertThat(noToken.status()).isEqualTo(401);

        assertThat(Money.available(alice.token(), "USD")).isEqualTo(10 * Money.ONE);
        assertThat(Money.available(bob.token(), "USD")).isZero();
    }

    /**
     * The out-leg (first branch) posts on the sender's shard, then the in-leg (second branch) fails because the
     * recipient is frozen: Seata rolls the global transaction back, the out-leg is reversed, nothing is held.
     */
    @Test
    void aFailureInTheSecondBranchUndoesTheFirst() {
        Api.Session alice = Money.fundedUser("seata", "USD", 50 * Money.ONE);
        Api.Session bob = Api.registerAndLogIn("seata-to");
        String operator = Api.operatorToken();
        assertThat(Api.post("/api/v1/admin/users/" + bob.userId() + "/freeze", operator, "").status()).isEqualTo(200);
        try {
            Api.Reply refused = Money.transfer(alice.token(), Money.newKey(), bob.username(), "USD", "20");
            assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
            assertThat(refused.code()).isEqualTo("RECIPIENT_FROZEN");
        } finally {
            Api.post("/api/v1/admin/users/" + bob.userId() + "/unfreeze", operator, "");
        }
        assertThat(Money.balance(alice.token(), "USD")).containsExactly(50 * Money.ONE, 0);
        assertThat(Money.balance(bob.token(), "USD")).containsExactly(0, 0);
        // the first branch did post, and its cancel posted the reversal: both are in the journal
        List<String> types = new ArrayList<>();
        Api.get("/api/v1/ledger?asset=USD&limit=10", alice.token()).body().get("entries")
                .forEach(entry -> types.add(entry.get("type").asText()));
        assertThat(types).containsExactly("TRANSFER_OUT_REVERSAL", "TRANSFER_OUT", "DEPOSIT");
    }

    @Test
    void theLedgerPagesNewestFirstWithACursor() {
        Api.Session alice = Money.fundedUser("pages", "USD", 10 * Money.ONE);
        Api.Session bob = Api.registerAndLogIn("pages-to");
        for (int i = 1; i <= 3; i++) {
            assertThat(Money.transfer(alice.token(), Money.newKey(), bob.username(), "USD", Integer.toString(i))
                    .status()).isEqualTo(201);
        }
        List<String> amounts = new ArrayList<>();
        String cursor = null;
        do {
            Api.Reply page = Api.get("/api/v1/ledger?asset=USD&limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
                    alice.token());
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body().get("entries").size()).isLessThanOrEqualTo(2);
            page.body().get("entries").forEach(e -> amounts.add(e.get("amount").asText()));
            cursor = page.body().get("nextCursor").isNull() ? null : page.body().get("nextCursor").asText();
        } while (cursor != null);
        assertThat(amounts).containsExactly("-3", "-2", "-1", "10");

        assertThat(Api.get("/api/v1/ledger?limit=0", alice.token()).status()).isEqualTo(400);
        assertThat(Api.get("/api/v1/ledger?limit=501", alice.token()).status()).isEqualTo(400);
        assertThat(Api.get("/api/v1/ledger?cursor=abc", alice.token()).status()).isEqualTo(400);
        assertThat(Api.get("/api/v1/ledger?asset=DOGE", alice.token()).code()).isEqualTo("UNKNOWN_ASSET");
    }

    @Test
    void theAuditIsForOperatorsOnlyAndFindsTheLedgerSound() {
        Api.Session user = Api.registerAndLogIn("nosy");
        Api.Reply forbidden = Api.get("/api/v1/admin/audit", user.token());
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.code()).isEqualTo("FORBIDDEN");

        Api.Reply audit = Api.get("/api/v1/admin/audit", Api.operatorToken());
        assertThat(audit.status()).as(audit.raw()).isEqualTo(200);
        assertThat(audit.body().get("sound").asBoolean()).as(audit.raw()).isTrue();
        assertThat(audit.body().get("violations")).isEmpty();
        audit.body().get("sumByAsset").forEach(sum -> assertThat(sum.asText()).isEqualTo("0"));
        assertThat(audit.body().get("accountsChecked").asInt()).isPositive();
    }

    static List<String> journalTypes(String token, String reference) {
        List<String> types = new ArrayList<>();
        for (JsonNode entry : Api.get("/api/v1/ledger?limit=200", token).body().get("entries")) {
            if (entry.get("reference").asText().endsWith(reference)) {
                types.add(entry.get("type").asText());
            }
        }
        return types;
    }
}
