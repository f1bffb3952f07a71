package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PAYMENT_EVENTS leave through the outbox: one event per committed final state (and WithdrawalRequested once a
 * withdrawal's global transaction committed), none for a change that rolled back, and the SMS consumer acts once per
 * outcome.
 */
class PaymentEventsIT {

    @BeforeEach
    void fastBank() {
        BankSandbox.behave(BankSandbox.FAST);
    }

    @AfterAll
    static void defaultBank() {
        BankSandbox.behaveAsDefault();
    }

    @Test
    void aSettledDepositPublishesOneEventAndTheUserGetsOneSms() throws Exception {
        Api.Session alice = Api.registerAndLogIn("evt");
        String id = Payments.deposit(alice.token(), Money.newKey(), "USD", "6").body().get("depositId").asText();
        assertThat(Payments.awaitFinal(alice.token(), "/api/v1/deposits/" + id)).isEqualTo("SUCCEEDED");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(outboxRows(id)).containsExactly("DepositSucceeded SENT"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(smsMentioning(alice.userId(), id)).hasSize(1));
        assertThat(smsMentioning(alice.userId(), id).get(0)).contains("Deposit of 6 USD succeeded");

        Api.Reply listed = Api.get("/api/v1/deposits?limit=5", alice.token());
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().get(0).get("depositId").asText()).isEqualTo(id);
    }

    @Test
    void aFailedDepositPublishesDepositFailedAndMovesNothing() throws Exception {
        BankSandbox.behave("{\"outcome\":\"FAIL\",\"callbackDelayMs\":200,\"callbackJitterMs\":0}");
        Api.Session alice = Api.registerAndLogIn("evt-fail");
        String id = Payments.deposit(alice.token(), Money.newKey(), "USD", "6").body().get("depositId").asText();
        assertThat(Payments.awaitFinal(alice.token(), "/api/v1/deposits/" + id)).isEqualTo("FAILED");
        assertThat(Money.available(alice.token(), "USD")).isZero();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(outboxRows(id)).containsExactly("DepositFailed SENT"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(smsMentioning(alice.userId(), id)).hasSize(1));
    }

    /** Risk monitoring sees the withdrawal when it is accepted; the user's SMS still comes once, for the outcome. */
    @Test
    void anAcceptedWithdrawalPublishesWithdrawalRequestedBeforeItsOutcomeAndOneSms() throws Exception {
        Api.Session alice = Money.fundedUser("evt-wd", "USD", 10 * Money.ONE);
        Api.Reply created = Payments.withdraw(alice.token(), Money.newKey(), "USD", "2.5");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = created.body().get("withdrawalId").asText();
        assertThat(Payments.awaitFinal(alice.token(), "/api/v1/withdrawals/" + id)).isEqualTo("SUCCEEDED");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(outboxRows(id)).containsExactly("WithdrawalRequested SENT", "WithdrawalSucceeded SENT"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(smsMentioning(alice.userId(), id)).hasSize(1));
        Trading.sleep(2_000); // a WithdrawalRequested SMS, if the selector let one through, would have come by now
        assertThat(smsMentioning(alice.userId(), id)).singleElement().asString().contains("succeeded");
    }

    @Test
    void aWithdrawalThatRolledBackPublishesNothing() throws Exception {
        Api.Session alice = Api.registerAndLogIn("evt-none");
        Api.Reply refused = Payments.withdraw(alice.token(), Money.newKey(), "USD", "1");
        assertThat(refused.code()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(outboxRowsOfUser(alice.userId())).isZero();
    }

    static List<String> outboxRows(String paymentId) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection db = Databases.primary("ot_payment");
             PreparedStatement query = db.prepareStatement(
                     "SELECT event_type, status FROM outbox WHERE message_key = ? ORDER BY id")) {
            query.setString(1, paymentId);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + " " + result.getString(2));
                }
            }
        }
        return rows;
    }

    static int outboxRowsOfUser(String userId) throws Exception {
        try (Connection db = Databases.primary("ot_payment");
             PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM outbox WHERE payload LIKE ?")) {
            query.setString(1, "%\"userId\":" + userId + ",%");
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    static List<String> smsMentioning(String userId, String paymentId) {
        List<String> texts = new ArrayList<>();
        for (JsonNode message : BankSandbox.sms("user-" + userId)) {
            if (message.get("text").asText().contains(paymentId)) {
                texts.add(message.get("text").asText());
            }
        }
        return texts;
    }
}
