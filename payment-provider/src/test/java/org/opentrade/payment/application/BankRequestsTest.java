package org.opentrade.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opentrade.payment.application.port.BankChannel;
import org.opentrade.payment.application.port.BankChannel.Answer;
import org.opentrade.payment.application.port.BankChannel.Known;
import org.opentrade.payment.application.port.BankChannel.Result;
import org.opentrade.payment.application.port.BankChannel.Status;
import org.opentrade.payment.application.port.Ledger;
import org.opentrade.payment.domain.BankOutcome;
import org.opentrade.payment.domain.Payment;
import org.opentrade.payment.domain.PaymentKind;
import org.opentrade.payment.domain.PaymentStatus;
import org.opentrade.payment.domain.Payments;
import org.opentrade.platform.outbox.Outbox;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payout decisions without any infrastructure (in-memory ports): a withdrawal ends SUCCEEDED or FAILED and
 * refunded exactly once, and is never given up while the bank may have it.
 */
class BankRequestsTest {
    final InMemoryPayments payments = new InMemoryPayments();
    final ScriptedBank bank = new ScriptedBank();
    final RecordingLedger ledger = new RecordingLedger();
    final List<String> events = new ArrayList<>();
    final Outbox outbox = new Outbox() {
        @Override
        public String add(String topic, String key, String type, Object payload) {
            events.add(type + " " + key);
            return "e" + events.size();
        }

        @Override
        public String add(long shardKey, String topic, String key, String type, Object payload) {
            return add(topic, key, type, payload);
        }
    };
    final Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
    final PaymentProperties properties = new PaymentProperties(
            new PaymentProperties.Bank("http://bank", "a-secret-of-sixteen-chars", "http://cb", 1000, 300_000, 20_000, 15_000),
            new PaymentProperties.Sms("http://sms", 1000),
            new PaymentProperties.Retry(4, 500, 4000, 250, 50),
            new PaymentProperties.Reconciliation(1, 1, 1, 1, 1));
    final Outcomes outcomes = new Outcomes(payments, ledger, outbox, new TransactionTemplate(new NoTransactions()), clock);
    final BankRequests requests = new BankRequests(bank, payments, outcomes, properties, clock);

    Payment readyWithdrawal() {
        Payment created = Payment.create("W1", 7L, PaymentKind.WITHDRAWAL, "USD", 300L, 0L);
        payments.insert(created, "key", 0L);
        payments.release("W1", 0L);
        return payments.byId("W1").orElseThrow();
    }

    void stepUntilSettledOr(int stepsMax) {
        for (int i = 0; i < stepsMax && !payments.byId("W1").orElseThrow().isSettled(); i++) {
            requests.step(payments.byId("W1").orElseThrow());
        }
    }

    @Test
    void anOutageThatOutlastsEveryAttemptEndsFailedAndRefundedOnce() {
        readyWithdrawal();
        bank.answers(Result.REFUSED, Result.REFUSED, Result.REFUSED, Result.REFUSED);
        stepUntilSettledOr(10);
        requests.step(payments.byId("W1").orElseThrow());

        assertThat(payments.byId("W1").orElseThrow().status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(bank.requests).isEqualTo(4);
        assertThat(bank.statusChecks).as("every attempt was refused: no need to ask").isZero();
        assertThat(ledger.refunds).containsExactly("W1");
        assertThat(events).containsExactly("WithdrawalFailed W1");
    }

    @Test
    void aTimedOutRequestIsNeverGivenUpWhileTheBankMayHaveIt() {
        readyWithdrawal();
        bank.answers(Result.UNCERTAIN, Result.REFUSED, Result.REFUSED, Result.REFUSED);
        bank.statuses(new Status(Known.UNAVAILABLE, null), new Status(Known.ACCEPTED, null),
                new Status(Known.SETTLED, BankOutcome.SUCCEEDED));
        stepUntilSettledOr(10);

        assertThat(payments.byId("W1").orElseThrow().status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(bank.statusChecks).isEqualTo(3);
        assertThat(ledger.refunds).isEmpty();
        assertThat(events).containsExactly("WithdrawalSucceeded W1");
    }

    @Test
    void aTimedOutRequestTheBankDoesNotKnowIsRefunded() {
        readyWithdrawal();
        bank.answers(Result.UNCERTAIN, Result.UNCERTAIN, Result.UNCERTAIN, Result.UNCERTAIN);
        bank.statuses(new Status(Known.UNKNOWN_REFERENCE, null));
        stepUntilSettledOr(10);

        assertThat(payments.byId("W1").orElseThrow().status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(ledger.refunds).containsExactly("W1");
    }

    @Test
    void aRefusalForGoodFailsAtOnce() {
        readyWithdrawal();
        bank.answers(Result.REFUSED_FOR_GOOD);
        stepUntilSettledOr(1);
        assertThat(payments.byId("W1").orElseThrow().status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(ledger.refunds).containsExactly("W1");
    }

    @Test
    void aFinalAnswerAndItsNotificationsRefundOnce() {
        readyWithdrawal();
        bank.nextOutcome = BankOutcome.FAILED;
        bank.answers(Result.ACCEPTED);
        stepUntilSettledOr(1);
        outcomes.apply("W1", BankOutcome.FAILED, "notification");
        outcomes.apply("W1", BankOutcome.FAILED, "notification copy");
        outcomes.apply("W1", BankOutcome.SUCCEEDED, "contradiction");

        assertThat(payments.byId("W1").orElseThrow().status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(ledger.refunds).containsExactly("W1");
        assertThat(events).containsExactly("WithdrawalFailed W1");
    }

    @Test
    void aHeldWithdrawalIsNeverSent() {
        payments.insert(Payment.create("W1", 7L, PaymentKind.WITHDRAWAL, "USD", 300L, 0L), "key", 0L);
        requests.step(payments.byId("W1").orElseThrow());
        assertThat(bank.requests).isZero();
    }

    /** Scripted bank answers, in order. */
    static final class ScriptedBank implements BankChannel {
        final Deque<Result> results = new ArrayDeque<>();
        final Deque<Status> statuses = new ArrayDeque<>();
        BankOutcome nextOutcome;
        int requests;
        int statusChecks;

        void answers(Result... script) {
            results.addAll(List.of(script));
        }

        void statuses(Status... script) {
            statuses.addAll(List.of(script));
        }

        @Override
        public Answer request(PaymentKind kind, String reference, String holder, String asset, long amount) {
            requests++;
            Result result = results.isEmpty() ? Result.REFUSED : results.poll();
            return new Answer(result, result == Result.ACCEPTED ? "BNK" : null,
                    result == Result.ACCEPTED ? nextOutcome : null, "scripted");
        }

        @Override
        public Status status(PaymentKind kind, String reference) {
            statusChecks++;
            return statuses.isEmpty() ? new Status(Known.UNAVAILABLE, null) : statuses.poll();
        }

        @Override
        public Statement statement(long from, long to, int limit) {
            return new Statement(List.of(), false);
        }
    }

    static final class RecordingLedger implements Ledger {
        final List<String> credits = new ArrayList<>();
        final List<String> refunds = new ArrayList<>();

        @Override
        public void credit(Payment deposit) {
            credits.add(deposit.paymentId());
        }

        @Override
        public void holdForWithdrawal(Payment withdrawal) {
        }

        @Override
        public void refund(Payment withdrawal) {
            refunds.add(withdrawal.paymentId());
        }

        @Override
        public Map<String, Long> netByPayment(long userId, String asset, Set<String> ids, int pagesMax) {
            return Map.of();
        }
    }

    /** The few payment-store operations the bank steps use, with the same conditional semantics as the SQL. */
    static final class InMemoryPayments implements Payments {
        final Map<String, Payment> rows = new HashMap<>();

        @Override
        public Optional<Payment> ofUser(long userId, String paymentId) {
            return byId(paymentId).filter(p -> p.userId() == userId);
        }

        @Override
        public Optional<Payment> byId(String paymentId) {
            return Optional.ofNullable(rows.get(paymentId));
        }

        @Override
        public List<Payment> byIds(Collection<String> paymentIds) {
            return paymentIds.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
        }

        @Override
        public Optional<Payment> byIdempotencyKey(long userId, String idempotencyKey) {
            return Optional.empty();
        }

        @Override
        public boolean insert(Payment payment, String idempotencyKey, long firstAttemptAtEpochMs) {
            return rows.putIfAbsent(payment.paymentId(), payment) == null;
        }

        @Override
        public boolean markAccepted(String id, String bankReference, long statusCheckAt) {
            Payment p = rows.get(id);
            if (p.isSettled()) {
                return false;
            }
            rows.put(id, new Payment(id, p.userId(), p.kind(), p.asset(), p.amount(), p.status(), p.stage(),
                    Payment.BankState.ACCEPTED, bankReference, p.uncertain(), p.attempts(), p.createdAtEpochMs()));
            return true;
        }

        @Override
        public void scheduleRetry(String id, int attempts, boolean uncertain, long nextAttemptAt) {
            Payment p = rows.get(id);
            if (!p.isSettled()) {
                rows.put(id, new Payment(id, p.userId(), p.kind(), p.asset(), p.amount(), p.status(), p.stage(),
                        p.bankState(), p.bankReference(), p.uncertain() || uncertain, attempts, p.createdAtEpochMs()));
            }
        }

        @Override
        public boolean finish(String id, PaymentStatus status, String reason, long now) {
            Payment p = rows.get(id);
            if (p.isSettled()) {
                return false;
            }
            rows.put(id, new Payment(id, p.userId(), p.kind(), p.asset(), p.amount(), status, p.stage(), p.bankState(),
                    p.bankReference(), p.uncertain(), p.attempts(), p.createdAtEpochMs()));
            return true;
        }

        @Override
        public List<DueStep> due(long now, int limit) {
            return List.of();
        }

        @Override
        public boolean claim(String id, long expected, long lease) {
            return true;
        }

        @Override
        public boolean release(String id, long nextAttemptAt) {
            Payment p = rows.get(id);
            if (p == null || p.stage() != Payment.Stage.HELD) {
                return false; // like the SQL: only a HELD row becomes READY
            }
            rows.put(id, new Payment(id, p.userId(), p.kind(), p.asset(), p.amount(), p.status(), Payment.Stage.READY,
                    p.bankState(), p.bankReference(), p.uncertain(), p.attempts(), p.createdAtEpochMs()));
            return true;
        }

        @Override
        public boolean deleteHeld(String id) {
            return rows.remove(id) != null;
        }

        @Override
        public List<Payment> settledBetween(long from, long to, int limit) {
            return List.of();
        }
    }

    /** Runs the callback as is: the in-memory store needs no transaction. */
    static final class NoTransactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
