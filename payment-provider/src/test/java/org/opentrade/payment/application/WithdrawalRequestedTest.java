package org.opentrade.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.seata.rm.tcc.api.BusinessActionContext;
import org.junit.jupiter.api.Test;
import org.opentrade.api.payment.event.PaymentEvent;
import org.opentrade.payment.application.withdrawal.WithdrawalLimitProperties;
import org.opentrade.payment.application.withdrawal.WithdrawalRecordTcc;
import org.opentrade.payment.domain.Payment;
import org.opentrade.payment.domain.PaymentKind;
import org.opentrade.platform.outbox.Outbox;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * WithdrawalRequested is written once, with the HELD -> READY of the record's confirm (after the global transaction
 * committed, so the amount is debited), and never for a withdrawal whose global transaction rolled back.
 */
class WithdrawalRequestedTest {
    static final long ONE = 100_000_000L;
    static final long USER = 7;
    final Clock clock = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
    final BankRequestsTest.InMemoryPayments payments = new BankRequestsTest.InMemoryPayments();
    final List<Written> written = new ArrayList<>();
    final Outbox outbox = new Outbox() {
        @Override
        public String add(String topic, String key, String type, Object payload) {
            written.add(new Written(topic, key, type, (PaymentEvent) payload,
                    TransactionSynchronizationManager.isActualTransactionActive()));
            return "e" + written.size();
        }

        @Override
        public String add(long shardKey, String topic, String key, String type, Object payload) {
            return add(topic, key, type, payload);
        }
    };
    final PaymentProperties properties = new PaymentProperties(
            new PaymentProperties.Bank("http://bank", "a-secret-of-sixteen-chars", "http://cb", 1000, 300_000, 20_000, 15_000),
            new PaymentProperties.Sms("http://sms", 1000),
            new PaymentProperties.Retry(4, 500, 4000, 250, 50),
            new PaymentProperties.Reconciliation(1, 1, 1, 1, 1));
    final WithdrawalRecordTcc record = new WithdrawalRecordTcc(payments, new WithdrawalLimitTest.InMemoryBarriers(),
            new TransactionTemplate(new BankRequestsTest.NoTransactions()), properties,
            new WithdrawalLimitTest.InMemoryDailyWithdrawals(),
            new WithdrawalLimitProperties(Map.of("USD", new WithdrawalLimitProperties.AssetLimit("10000", "25000")))
                    .toLimits(), outbox, clock);

    record Written(String topic, String key, String type, PaymentEvent event, boolean inTransaction) {
    }

    @Test
    void theTryAloneWritesNothingAndTheConfirmWritesOneEventInItsTransaction() {
        tryRecord("W1", 9_000 * ONE);
        assertThat(written).isEmpty();

        record.confirm(context("W1"));

        assertThat(payments.byId("W1").orElseThrow().stage()).isEqualTo(Payment.Stage.READY);
        assertThat(written).singleElement().satisfies(w -> {
            assertThat(w.topic()).isEqualTo(PaymentEvent.TOPIC);
            assertThat(w.key()).isEqualTo("W1");
            assertThat(w.type()).isEqualTo(PaymentEvent.WITHDRAWAL_REQUESTED);
            assertThat(w.inTransaction()).isTrue();
            assertThat(w.event()).isEqualTo(new PaymentEvent("W1", USER, "WITHDRAWAL", "USD", "9000", "PENDING", null,
                    clock.millis()));
        });
    }

    @Test
    void aRepeatedConfirmWritesNoSecondEvent() {
        tryRecord("W1", ONE);
        record.confirm(context("W1"));
        record.confirm(context("W1"));

        assertThat(written).hasSize(1);
    }

    @Test
    void aRolledBackWithdrawalWritesNothingEvenIfAConfirmArrivesLate() {
        tryRecord("W1", ONE);
        record.cancel(context("W1"));
        record.confirm(context("W1"));

        assertThat(payments.byId("W1")).isEmpty();
        assertThat(written).isEmpty();
    }

    private void tryRecord(String paymentId, long amount) {
        Payment withdrawal = Payment.create(paymentId, USER, PaymentKind.WITHDRAWAL, "USD", amount, clock.millis());
        record.tryRecord(context(paymentId), paymentId, withdrawal, "key-" + paymentId);
    }

    private static BusinessActionContext context(String paymentId) {
        BusinessActionContext context = new BusinessActionContext();
        context.setXid("xid-" + paymentId);
        context.setActionContext(new HashMap<>(Map.of("paymentId", paymentId)));
        return context;
    }
}
