package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Withdrawals against the real bank sandbox: the money leaves available at once (one Seata global transaction with
 * the payout record), then the payout ends SUCCEEDED, or FAILED and refunded exactly once - never both, also when
 * the bank is down.
 */
class PaymentWithdrawalIT {

    @BeforeEach
    void fastBank() {
        BankSandbox.behave(BankSandbox.FAST);
    }

    @AfterEach
    void bankBackUp() {
        BankSandbox.behave(BankSandbox.FAST);
    }

    @AfterAll
    static void defaultBank() {
        BankSandbox.behaveAsDefault();
    }

    @Test
    void aWithdrawalTakesTheMoneyAtOnceAndSucceeds() throws Exception {
        Api.Session alice = Money.fundedUser("wd", "USD", 10 * Money.ONE);
        Api.Reply created = Payments.withdraw(alice.token(), Money.newKey(), "USD", "2.5");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = created.body().get("withdrawalId").asText();
        assertThat(Money.available(alice.token(), "USD")).as("gone from available at once").isEqualTo(750 * Money.ONE / 100);

        assertThat(Payments.awaitFinal(alice.token(), "/api/v1/withdrawals/" + id)).isEqualTo("SUCCEEDED");
        assertThat(Money.available(alice.token(), "USD")).isEqualTo(750 * Money.ONE / 100);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(Payments.journalTypes(alice.token(), id)).containsExactly("WITHDRAWAL"));
        assertThat(Api.get("/api/v1/withdrawals/" + id, Api.registerAndLogIn("wd-other").token()).status()).isEqualTo(404);

        // both branches of the Seata global transaction were confirmed by the coordinator
        assertThat(branchState("ot_payment", "payment_barrier", "withdrawal:" + id + ":record"))
                .isEqualTo("CONFIRMED");
        long user = Long.parseLong(alice.userId());
        assertThat(branchState("ot_fund_" + (user % 2), "tcc_barrier_" + ((user / 2) % 2), "withdrawal:" + id + ":hold"))
                .isEqualTo("CONFIRMED");
    }

    static String branchState(String database, String table, String branchKey) throws Exception {
        try (Connection db = Databases.primary(database);
             PreparedStatement query = db.prepareStatement("SELECT state FROM " + table + " WHERE branch_key = ?")) {
            query.setString(1, branchKey);
            try (ResultSet result = query.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    @Test
    void insufficientFundsIs422AndMovesNothing() throws Exception {
        Api.Session alice = Money.fundedUser("wd-poor", "USD", 5 * Money.ONE);
        String key = Money.newKey();
        Api.Reply tooMuch = Payments.withdraw(alice.token(), key, "USD", "5.00000001");
        assertThat(tooMuch.status()).as(tooMuch.raw()).isEqualTo(422);
        assertThat(tooMuch.code()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(Money.balance(alice.token(), "USD")).containsExactly(5 * Money.ONE, 0L);
        assertThat(PaymentDepositIT.paymentsWithKey(Long.parseLong(alice.userId()), key))
                .as("the rolled-back global transaction left no payment").isZero();
        assertThat(Payments.withdraw(alice.token(), Money.newKey(), "DOGE", "1").code()).isEqualTo("UNKNOWN_ASSET");
        assertThat(Payments.withdraw(alice.token(), Money.newKey(), "USD", "-1").code()).isEqualTo("INVALID_AMOUNT");

        Api.Reply fits = Payments.withdraw(alice.token(), key, "USD", "5");
        assertThat(fits.status()).as("the key of a refused request is free again").isEqualTo(201);
        assertThat(Payments.awaitFinal(alice.token(), "/api/v1/withdrawals/" + fits.body().get("withdrawalId").asText()))
                .isEqualTo("SUCCEEDED");
        assertThat(Money.available(alice.token(), "USD")).isZero();
    }

    @Test
    void aPayoutTheBankRefusesIsRefundedOnce() {
        BankSandbox.behave("{\"outcome\":\"FAIL\",\"callbackDelayMs\":200,\"callbackJitterMs\":0,\"callbackCopies\":3}");
        Api.Session alice = Money.fundedUser("wd-fail", "USD", 10 * Money.ONE);
        String id = Payments.withdraw(alice.token(), Money.newKey(), "USD", "4").body().get("withdrawalId").asText();

        assertThat(Payments.awaitFinal(alice.token(), "/api/v1/withdrawals/" + id)).isEqualTo("FAILED");
        assertThat(Money.balance(alice.token(), "USD")).containsExactly(10 * Money.ONE, 0L);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(Payments.journalTypes(alice.token(), id))
                        .containsExactlyInAnyOrder("WITHDRAWAL", "WITHDRAWAL_REFUND"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(BankSandbox.sms("user-" + alice.userId()).toString()).contains("failed and was refunded"));
    }

    @Test
    void aBankOutageEndsFailedAndRefundedAndTheBankNeverPays() {
        BankSandbox.behave("{\"outage\":true}");
        Api.Session alice = Money.fundedUser("wd-down", "USD", 10 * Money.ONE);
        Api.Reply created = Payments.withdraw(alice.token(), Money.newKey(), "USD", "3");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = created.body().get("withdrawalId").asText();
        assertThat(Money.available(alice.token(), "USD")).isEqualTo(7 * Money.ONE);

        assertThat(Payments.awaitFinal(alice.token(), "/api/v1/withdrawals/" + id)).isEqualTo("FAILED");
        assertThat(Money.balance(alice.token(), "USD")).containsExactly(10 * Money.ONE, 0L);
        BankSandbox.behave(BankSandbox.FAST);
        assertThat(BankSandbox.payout(id).status()).as("the bank never took the payout").isEqualTo(404);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(Payments.journalTypes(alice.token(), id))
                        .containsExactlyInAnyOrder("WITHDRAWAL", "WITHDRAWAL_REFUND"));
    }

    @Test
    void aShortOutageEndsSucceededAfterARetryWithoutARefund() throws Exception {
        BankSandbox.behave("{\"outage\":true}");
        Api.Session alice = Money.fundedUser("wd-blip", "USD", 10 * Money.ONE);
        String id = Payments.withdraw(alice.token(), Money.newKey(), "USD", "3").body().get("withdrawalId").asText();
        Thread.sleep(300);
        BankSandbox.behave(BankSandbox.FAST);

        assertThat(Payments.awaitFinal(alice.token(), "/api/v1/withdrawals/" + id)).isEqualTo("SUCCEEDED");
        assertThat(Money.balance(alice.token(), "USD")).containsExactly(7 * Money.ONE, 0L);
        assertThat(BankSandbox.payout(id).body().get("status").asText()).isEqualTo("SUCCEEDED");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(Payments.journalTypes(alice.token(), id)).containsExactly("WITHDRAWAL"));
    }

    @Test
    void concurrentIdenticalWithdrawalsWithOneKeyTakeTheMoneyOnce() throws Exception {
        Api.Session alice = Money.fundedUser("wd-conc", "USD", 10 * Money.ONE);
        String key = Money.newKey();
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Api.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                calls.add(() -> Payments.withdraw(alice.token(), key, "USD", "1"));
            }
            Set<String> ids = new HashSet<>();
            for (Future<Api.Reply> reply : pool.invokeAll(calls)) {
                assertThat(reply.get().status()).as(reply.get().raw()).isEqualTo(201);
                ids.add(reply.get().body().get("withdrawalId").asText());
            }
            assertThat(ids).hasSize(1);
            String id = ids.iterator().next();
            assertThat(Payments.awaitFinal(alice.token(), "/api/v1/withdrawals/" + id)).isEqualTo("SUCCEEDED");
            assertThat(Money.available(alice.token(), "USD")).isEqualTo(9 * Money.ONE);
            assertThat(PaymentDepositIT.paymentsWithKey(Long.parseLong(alice.userId()), key)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
