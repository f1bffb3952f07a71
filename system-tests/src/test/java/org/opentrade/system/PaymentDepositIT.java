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

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deposits against the real bank sandbox: credited exactly once whatever the bank's notifications do (duplicates,
 * overtaking the request's answer, forged, stale, replayed).
 */
class PaymentDepositIT {

    @BeforeEach
    void fastBank() {
        BankSandbox.behave(BankSandbox.FAST);
    }

    @AfterAll
    static void defaultBank() {
        BankSandbox.behaveAsDefault();
    }

    @Test
    void aDepositIsCreditedOnceWhenTheBankConfirmsAndOnlyItsOwnerSeesIt() {
        Api.Session alice = Api.registerAndLogIn("dep");
        Api.Reply created = Payments.deposit(alice.token(), Money.newKey(), "USD", "12.5");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().get("status").asText()).isEqualTo("PENDING");
        assertThat(created.body().get("amount").asText()).isEqualTo("12.5");
        String id = created.body().get("depositId").asText();

        assertThat(Payments.awaitFinal(alice.token(), "/api/v1/deposits/" + id)).isEqualTo("SUCCEEDED");
        assertThat(Money.available(alice.token(), "USD")).isEqualTo(1250 * Money.ONE / 100);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(Payments.journalTypes(alice.token(), id)).containsExactly("DEPOSIT"));

        Api.Session mallory = Api.registerAndLogIn("dep-other");
        Api.Reply foreign = Api.get("/api/v1/deposits/" + id, mallory.token());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("PAYMENT_NOT_FOUND");
        assertThat(Api.get("/api/v1/withdrawals/" + id, alice.token()).status()).as("a deposit is no withdrawal")
                .isEqualTo(404);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(BankSandbox.sms("user-" + alice.userId()).toString()).contains("Deposit of 12.5 USD succeeded"));
    }

    @Test
    void badInputIs400WithACodeAndCreatesNothing() {
        Api.Session alice = Api.registerAndLogIn("dep-bad");
        assertThat(Payments.deposit(alice.token(), Money.newKey(), "USD", "abc").code()).isEqualTo("INVALID_AMOUNT");
        assertThat(Payments.deposit(alice.token(), Money.newKey(), "USD", "0").code()).isEqualTo("INVALID_AMOUNT");
        assertThat(Payments.deposit(alice.token(), Money.newKey(), "USD", "1.000000001").code()).isEqualTo("INVALID_AMOUNT");
        assertThat(Payments.deposit(alice.token(), Money.newKey(), "DOGE", "1").code()).isEqualTo("UNKNOWN_ASSET");
        Api.Reply noKey = Api.post("/api/v1/deposits", alice.token(), "{\"asset\":\"USD\",\"amount\":\"1\"}");
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.code()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
        Api.Reply numeric = Api.postWithHeader("/api/v1/deposits", alice.token(), "Idempotency-Key", Money.newKey(),
                "{\"asset\":\"USD\",\"amount\":1}");
        assertThat(numeric.status()).isEqualTo(400);
        assertThat(Api.get("/api/v1/deposits/nope-!", alice.token()).status()).isEqualTo(400);
        assertThat(Api.post("/api/v1/deposits", null, "{}").status()).isEqualTo(401);
        assertThat(Money.available(alice.token(), "USD")).isZero();
    }

    @Test
    void duplicateNotificationsCreditOnce() {
        BankSandbox.behave("{\"callbackDelayMs\":200,\"callbackJitterMs\":0,\"callbackCopies\":4}");
        Api.Session alice = Api.registerAndLogIn("dep-dup");
        String id = Payments.deposit(alice.token(), Money.newKey(), "USD", "3").body().get("depositId").asText();

        assertThat(Payments.awaitFinal(alice.token(), "/api/v1/deposits/" + id)).isEqualTo("SUCCEEDED");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            List<String> delivered = new ArrayList<>();
            for (JsonNode attempt : BankSandbox.callbacks(id)) {
                if ("DELIVERED".equals(attempt.get("next").asText())) {
                    delivered.add(attempt.get("copy").asText());
                }
            }
            assertThat(delivered).as("every copy answered 2xx").hasSize(4);
        });
        assertThat(Money.available(alice.token(), "USD")).isEqualTo(3 * Money.ONE);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(Payments.journalTypes(alice.token(), id)).containsExactly("DEPOSIT"));
    }

    @Test
    void aNotificationThatOvertakesTheRequestsAnswerCreditsOnce() {
        BankSandbox.behave("{\"callbackBeforeResponse\":true}");
        Api.Session alice = Api.registerAndLogIn("dep-early");
        Api.Reply created = Payments.deposit(alice.token(), Money.newKey(), "USD", "4");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = created.body().get("depositId").asText();

        assertThat(Payments.awaitFinal(alice.token(), "/api/v1/deposits/" + id)).isEqualTo("SUCCEEDED");
        assertThat(Money.available(alice.token(), "USD")).isEqualTo(4 * Money.ONE);
        assertThat(BankSandbox.callbacks(id).get(0).get("httpStatus").asInt()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(Payments.journalTypes(alice.token(), id)).containsExactly("DEPOSIT"));
    }

    @Test
    void forgedStaleAndReplayedNotificationsAreRefusedAndCreditNothing() {
        BankSandbox.behave("{\"lateCallback\":true,\"lateCallbackDelayMs\":6000}");
        Api.Session alice = Api.registerAndLogIn("dep-forged");
        String id = Payments.deposit(alice.token(), Money.newKey(), "USD", "7").body().get("depositId").asText();
        String body = BankSandbox.notificationBody(id, "PAYMENT", "SUCCEEDED", "7", "USD");
        String now = Long.toString(System.currentTimeMillis());

        String nonce = BankSandbox.newNonce();
        Api.Reply forged = BankSandbox.notifyFacade(now, nonce,
                BankSandbox.sign("not-the-bank-secret-0123456789", now, nonce, body), body);
        assertThat(forged.status()).as(forged.raw()).isEqualTo(401);
        assertThat(forged.code()).isEqualTo("BAD_SIGNATURE");

        String tampered = body.replace("\"7\"", "\"700\"");
        Api.Reply altered = BankSandbox.notifyFacade(now, nonce, BankSandbox.sign(BankSandbox.SECRET, now, nonce, body),
                tampered);
        assertThat(altered.code()).isEqualTo("BAD_SIGNATURE");

        String old = Long.toString(System.currentTimeMillis() - 10 * 60_000);
        String staleNonce = BankSandbox.newNonce();
        Api.Reply stale = BankSandbox.notifyFacade(old, staleNonce,
                BankSandbox.sign(BankSandbox.SECRET, old, staleNonce, body), body);
        assertThat(stale.status()).isEqualTo(401);
        assertThat(stale.code()).isEqualTo("CALLBACK_STALE");

        assertThat(Api.get("/api/v1/deposits/" + id, alice.token()).body().get("status").asText()).isEqualTo("PENDING");
        assertThat(Money.available(alice.token(), "USD")).isZero();

        // the genuine notification, then a replay of exactly the same message
        String signed = BankSandbox.sign(BankSandbox.SECRET, now, nonce, body);
        assertThat(BankSandbox.notifyFacade(now, nonce, signed, body).status()).isEqualTo(200);
        Api.Reply replay = BankSandbox.notifyFacade(now, nonce, signed, body);
        assertThat(replay.status()).isEqualTo(409);
        assertThat(replay.code()).isEqualTo("CALLBACK_REPLAYED");
        assertThat(Money.available(alice.token(), "USD")).isEqualTo(7 * Money.ONE);

        // the bank's own (late) notification arrives as a duplicate and is answered OK without a second credit
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode attempts = BankSandbox.callbacks(id);
            assertThat(attempts).isNotEmpty();
            assertThat(attempts.get(attempts.size() - 1).get("httpStatus").asInt()).isEqualTo(200);
        });
        assertThat(Money.available(alice.token(), "USD")).isEqualTo(7 * Money.ONE);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(Payments.journalTypes(alice.token(), id)).containsExactly("DEPOSIT"));
    }

    @Test
    void concurrentIdenticalRequestsWithOneKeyCreateOnePayment() throws Exception {
        Api.Session alice = Api.registerAndLogIn("dep-conc");
        String key = Money.newKey();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Api.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                calls.add(() -> Payments.deposit(alice.token(), key, "USD", "2"));
            }
            Set<String> ids = new HashSet<>();
            for (Future<Api.Reply> reply : pool.invokeAll(calls)) {
                assertThat(reply.get().status()).as(reply.get().raw()).isEqualTo(201);
                ids.add(reply.get().body().get("depositId").asText());
            }
            assertThat(ids).hasSize(1);
            String id = ids.iterator().next();
            assertThat(Payments.awaitFinal(alice.token(), "/api/v1/deposits/" + id)).isEqualTo("SUCCEEDED");
            assertThat(Money.available(alice.token(), "USD")).isEqualTo(2 * Money.ONE);
            assertThat(paymentsWithKey(Long.parseLong(alice.userId()), key)).isEqualTo(1);

            Api.Reply reused = Payments.deposit(alice.token(), key, "USD", "3");
            assertThat(reused.status()).isEqualTo(409);
            assertThat(reused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        } finally {
            pool.shutdownNow();
        }
    }

    static int paymentsWithKey(long userId, String key) throws Exception {
        try (Connection db = Databases.primary("ot_payment");
             PreparedStatement query = db.prepareStatement(
                     "SELECT COUNT(*) FROM payments WHERE user_id = ? AND idempotency_key = ?")) {
            query.setLong(1, userId);
            query.setString(2, key);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
