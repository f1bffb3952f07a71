package org.opentrade.payment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.seata.rm.tcc.api.BusinessActionContext;
import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.payment.PaymentCommand;
import org.opentrade.payment.application.port.DailyWithdrawals;
import org.opentrade.payment.application.withdrawal.Barriers;
import org.opentrade.payment.application.withdrawal.WithdrawalLimitProperties;
import org.opentrade.payment.application.withdrawal.WithdrawalRecordTcc;
import org.opentrade.payment.domain.Payment;
import org.opentrade.payment.domain.PaymentKind;
import org.opentrade.payment.domain.WithdrawalLimits;
import org.springframework.transaction.support.TransactionTemplate;

/** The limits per withdrawal (before anything starts) and per UTC day (in the record's TCC try, given back on cancel). */
class WithdrawalLimitTest {
    static final long ONE = 100_000_000L;
    static final long USER = 7;
    final Clock clock = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
    final LocalDate today = LocalDate.of(2026, 12, 6);
    final WithdrawalLimits limits = new WithdrawalLimitProperties(Map.of(
            "USD", new WithdrawalLimitProperties.AssetLimit("10000", "25000"))).toLimits();
    final BankRequestsTest.InMemoryPayments payments = new BankRequestsTest.InMemoryPayments();
    final InMemoryDailyWithdrawals daily = new InMemoryDailyWithdrawals();
    final WithdrawalRecordTcc record = new WithdrawalRecordTcc(payments, new InMemoryBarriers(),
            new TransactionTemplate(new BankRequestsTest.NoTransactions()), null, daily, limits, null, clock);

    @Test
    void decimalLimitsFromConfigurationBecomeUnits() {
        assertThat(limits.of("USD")).contains(new WithdrawalLimits.Limit(10_000 * ONE, 25_000 * ONE));
    }

    @Test
    void theShippedApplicationYmlLimitsEveryAsset() throws Exception {
        var sources = new org.springframework.boot.env.YamlPropertySourceLoader()
                .load("application.yml", new org.springframework.core.io.ClassPathResource("application.yml"));
        var binder = new org.springframework.boot.context.properties.bind.Binder(
                org.springframework.boot.context.properties.source.ConfigurationPropertySources.from(sources.get(0)));
        WithdrawalLimits shipped = binder.bind("opentrade.payment.withdrawal-limits", WithdrawalLimitProperties.class)
                .get().toLimits();
        assertThat(shipped.of("USD")).contains(new WithdrawalLimits.Limit(10_000 * ONE, 25_000 * ONE));
        for (org.opentrade.api.money.Asset asset : org.opentrade.api.money.Asset.ALL) {
            assertThat(shipped.of(asset.name())).as(asset.name()).isPresent();
        }
    }

    @Test
    void aWithdrawalOverThePerWithdrawalLimitNeverStarts() {
        Withdrawals withdrawals = new Withdrawals(payments, null, null, limits, clock);
        assertThatThrownBy(() -> withdrawals.create(new PaymentCommand(USER, "USD", 10_000 * ONE + 1, "k-1")))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WITHDRAWAL_LIMIT_EXCEEDED));
        assertThatThrownBy(() -> withdrawals.create(new PaymentCommand(USER, "BTC", ONE, "k-2")))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WITHDRAWAL_LIMIT_EXCEEDED));
        assertThat(payments.rows).isEmpty();
    }

    @Test
    void theDaysWithdrawalsStopAtTheDayLimitAndASmallerOneStillFits() {
        tryRecord("W1", 9_000 * ONE);
        tryRecord("W2", 9_000 * ONE);
        assertThatThrownBy(() -> tryRecord("W3", 9_000 * ONE)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.WITHDRAWAL_LIMIT_EXCEEDED));
        tryRecord("W4", 7_000 * ONE);
        assertThat(daily.total(USER, "USD", today)).isEqualTo(25_000 * ONE);
        assertThatThrownBy(() -> tryRecord("W5", 1)).isInstanceOf(BusinessException.class);
    }

    @Test
    void aRolledBackWithdrawalGivesItsAmountBackOnceEvenIfCancelledTwice() {
        tryRecord("W1", 10_000 * ONE);
        BusinessActionContext context = context("W1");
        record.cancel(context);
        record.cancel(context);
        assertThat(daily.total(USER, "USD", today)).isZero();
        assertThat(payments.byId("W1")).isEmpty();
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

    /** The day rows and the conditional add of the SQL adapter, over a map. */
    static final class InMemoryDailyWithdrawals implements DailyWithdrawals {
        final Map<List<Object>, Long> totals = new HashMap<>();

        @Override
        public void open(long userId, String asset, LocalDate day) {
            totals.putIfAbsent(List.of(userId, asset, day), 0L);
        }

        /** Like the SQL: a day whose row was never opened takes nothing. */
        @Override
        public boolean reserve(long userId, String asset, LocalDate day, long amount, long dayMax) {
            Long opened = totals.get(List.of(userId, asset, day));
            long total = opened == null ? 0 : opened;
            if (opened == null || total > dayMax - amount) {
                return false;
            }
            totals.put(List.of(userId, asset, day), total + amount);
            return true;
        }

        @Override
        public void release(long userId, String asset, LocalDate day, long amount) {
            totals.computeIfPresent(List.of(userId, asset, day), (key, total) -> total >= amount ? total - amount : total);
        }

        long total(long userId, String asset, LocalDate day) {
            return totals.getOrDefault(List.of(userId, asset, day), 0L);
        }
    }

    static final class InMemoryBarriers implements Barriers {
        final Map<String, State> states = new HashMap<>();

        @Override
        public boolean insert(String branchKey, String xid, State state) {
            return states.putIfAbsent(branchKey, state) == null;
        }

        @Override
        public Optional<State> lockState(String branchKey) {
            return Optional.ofNullable(states.get(branchKey));
        }

        @Override
        public void update(String branchKey, State state) {
            states.put(branchKey, state);
        }
    }
}
