package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Withdrawal limits per user (payment-provider's application.yml: USD 10,000 per withdrawal, 25,000 per UTC day;
 * BTC 2 and 5): the review's 5 x 9,000 USD burst now gets exactly what fits into the day, racing or not, and the
 * money of refused ones never leaves available. Ends with the ledger audit.
 */
class WithdrawalLimitIT {
    static final long ONE = Money.ONE;

    @BeforeEach
    void fastBank() {
        BankSandbox.behave(BankSandbox.FAST);
    }

    @AfterEach
    void bankAsBefore() {
        BankSandbox.behave(BankSandbox.FAST);
    }

    @Test
    void oneWithdrawalOverItsLimitIs422AndMovesNothing() {
        Api.Session alice = Money.fundedUser("wd-single", "USD", 20_000 * ONE);
        Api.Reply tooBig = Payments.withdraw(alice.token(), Money.newKey(), "USD", "10000.00000001");
        assertThat(tooBig.status()).as(tooBig.raw()).isEqualTo(422);
        assertThat(tooBig.code()).isEqualTo("WITHDRAWAL_LIMIT_EXCEEDED");
        assertThat(tooBig.body().get("requestId").asText()).isNotBlank();
        assertThat(Money.balance(alice.token(), "USD")).containsExactly(20_000 * ONE, 0L);
        // the limit is checked before the balance: no BTC at all, still the limit's answer
        assertThat(Payments.withdraw(alice.token(), Money.newKey(), "BTC", "2.00000001").code())
                .isEqualTo("WITHDRAWAL_LIMIT_EXCEEDED");
    }

    @Test
    void aBurstOfWithdrawalsGetsExactlyWhatFitsIntoTheDay() throws Exception {
        awayFromMidnight();
        Api.Session alice = Money.fundedUser("wd-burst", "USD", 40_000 * ONE);
        List<Api.Reply> replies = burst(alice, 5, "9000");

        List<Api.Reply> accepted = replies.stream().filter(r -> r.status() == 201).toList();
        assertThat(accepted).as(replies.toString()).hasSize(2);
        assertThat(replies).filteredOn(r -> r.status() != 201).hasSize(3).allSatisfy(r -> {
            assertThat(r.status()).as(r.raw()).isEqualTo(422);
            assertThat(r.code()).isEqualTo("WITHDRAWAL_LIMIT_EXCEEDED");
        });
        assertThat(Money.balance(alice.token(), "USD")).containsExactly(22_000 * ONE, 0L);

        // 18,000 used: 7,000 still fits, one unit more does not
        assertThat(Payments.withdraw(alice.token(), Money.newKey(), "USD", "7000").status()).isEqualTo(201);
        Api.Reply over = Payments.withdraw(alice.token(), Money.newKey(), "USD", "0.00000001");
        assertThat(over.status()).as(over.raw()).isEqualTo(422);
        assertThat(over.code()).isEqualTo("WITHDRAWAL_LIMIT_EXCEEDED");
        assertThat(Money.balance(alice.token(), "USD")).containsExactly(15_000 * ONE, 0L);
        // another user's day is their own
        Api.Session bob = Money.fundedUser("wd-other", "USD", 10_000 * ONE);
        assertThat(Payments.withdraw(bob.token(), Money.newKey(), "USD", "9000").status()).isEqualTo(201);

        for (Api.Reply reply : accepted) {
            Payments.awaitFinal(alice.token(), "/api/v1/withdrawals/" + reply.body().get("withdrawalId").asText());
        }
        Api.Reply audit = Api.get("/api/v1/admin/audit", Api.operatorToken());
        assertThat(audit.body().get("sound").asBoolean()).as(audit.raw()).isTrue();
    }

    @Test
    void aWithdrawalRolledBackForWantOfFundsDoesNotUseUpTheDay() {
        awayFromMidnight();
        Api.Session carol = Money.fundedUser("wd-poor", "USD", 1_000 * ONE);
        for (int i = 0; i < 4; i++) {
            Api.Reply poor = Payments.withdraw(carol.token(), Money.newKey(), "USD", "9000");
            assertThat(poor.status()).as(poor.raw()).isEqualTo(422);
            assertThat(poor.code()).isEqualTo("INSUFFICIENT_FUNDS");
        }
        // 36,000 asked and rolled back: nothing counted, so 1,000 still goes through
        assertThat(Payments.withdraw(carol.token(), Money.newKey(), "USD", "1000").status()).isEqualTo(201);
    }

    private static List<Api.Reply> burst(Api.Session user, int count, String amount) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Callable<Api.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                calls.add(() -> Payments.withdraw(user.token(), Money.newKey(), "USD", amount));
            }
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> reply : pool.invokeAll(calls)) {
                replies.add(reply.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The day's total is per UTC day: a test that straddles midnight would count into two days. */
    private static void awayFromMidnight() {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        ZonedDateTime midnight = LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC);
        Duration left = Duration.between(now, midnight);
        if (left.compareTo(Duration.ofMinutes(2)) < 0) {
            Trading.sleep(left.toMillis() + 1_000);
        }
    }
}
