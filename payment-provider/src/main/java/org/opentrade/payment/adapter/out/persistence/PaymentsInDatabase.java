package org.opentrade.payment.adapter.out.persistence;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

import org.apache.shardingsphere.infra.hint.HintManager;
import org.opentrade.api.page.TimeWindow;
import org.opentrade.payment.application.history.PaymentCursor;
import org.opentrade.payment.application.port.OpenWithdrawals;
import org.opentrade.payment.application.port.PaymentHistory;
import org.opentrade.payment.domain.Payment;
import org.opentrade.payment.domain.PaymentKind;
import org.opentrade.payment.domain.PaymentStatus;
import org.opentrade.payment.domain.Payments;
import org.opentrade.platform.db.CreatedAtKeyset;
import org.springframework.stereotype.Repository;

/** Every read goes to the primary: each one decides something or answers a client about its own write. */
@Repository
class PaymentsInDatabase implements Payments, PaymentHistory, OpenWithdrawals {
    /** TIMESTAMP ends in 2038: "never" is stored as this. */
    static final long FAR_FUTURE_EPOCH_MS = 2_100_000_000_000L;
    static final int IDS_PER_QUERY_MAX = 500;

    private final PaymentMapper mapper;

    PaymentsInDatabase(PaymentMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<Payment> ofUser(long userId, String paymentId) {
        return byId(paymentId).filter(payment -> payment.userId() == userId);
    }

    @Override
    public Optional<Payment> byId(String paymentId) {
        if (paymentId == null || paymentId.isEmpty() || paymentId.length() > 40) {
            return Optional.empty();
        }
        return Optional.ofNullable(primary(() -> mapper.byId(paymentId))).map(PaymentsInDatabase::toPayment);
    }

    /** Times cross as Timestamps, as the rows are written and read, so a cursor finds its row's time again. */
    @Override
    public List<Payment> newestFirst(long userId, PaymentKind kind, TimeWindow window, PaymentCursor afterOrNull,
                                     int limit) {
        CreatedAtKeyset keyset = afterOrNull == null ? CreatedAtKeyset.of(window, null, null, PaymentsInDatabase::ts)
                : CreatedAtKeyset.of(window, afterOrNull.createdAtMs(), afterOrNull.paymentId(), PaymentsInDatabase::ts);
        return primary(() -> mapper.newestFirst(userId, kind.name(), keyset, limit)).stream()
                .map(PaymentsInDatabase::toPayment).toList();
    }

    @Override
    public List<Payment> byIds(Collection<String> paymentIds) {
        if (paymentIds.isEmpty()) {
            return List.of();
        }
        List<String> ids = paymentIds.stream().filter(id -> id != null && id.length() <= 40)
                .limit(IDS_PER_QUERY_MAX).toList();
        return ids.isEmpty() ? List.of()
                : primary(() -> mapper.byIds(ids)).stream().map(PaymentsInDatabase::toPayment).toList();
    }

    @Override
    public Optional<Payment> byIdempotencyKey(long userId, String idempotencyKey) {
        return Optional.ofNullable(primary(() -> mapper.byKey(userId, idempotencyKey))).map(PaymentsInDatabase::toPayment);
    }

    @Override
    public boolean insert(Payment payment, String idempotencyKey, long firstAttemptAtEpochMs) {
        PaymentRow row = new PaymentRow();
        row.setPaymentId(payment.paymentId());
        row.setUserId(payment.userId());
        row.setKind(payment.kind().name());
        row.setAsset(payment.asset());
        row.setAmount(payment.amount());
        row.setStatus(payment.status().name());
        row.setStage(payment.stage().name());
        row.setBankState(payment.bankState().name());
        row.setNextAttemptAt(ts(firstAttemptAtEpochMs));
        row.setCreatedAt(ts(payment.createdAtEpochMs()));
        return mapper.insert(row, idempotencyKey) == 1;
    }

    @Override
    public boolean markAccepted(String paymentId, String bankReference, long statusCheckAtEpochMs) {
        return mapper.markAccepted(paymentId, bankReference, ts(statusCheckAtEpochMs)) == 1;
    }

    @Override
    public void scheduleRetry(String paymentId, int attempts, boolean uncertain, long nextAttemptAtEpochMs) {
        mapper.scheduleRetry(paymentId, attempts, uncertain ? 1 : 0, ts(nextAttemptAtEpochMs));
    }

    @Override
    public boolean finish(String paymentId, PaymentStatus status, String reason, long nowEpochMs) {
        return mapper.finish(paymentId, status.name(), reason, ts(nowEpochMs)) == 1;
    }

    @Override
    public List<DueStep> due(long nowEpochMs, int limit) {
        return primary(() -> mapper.due(ts(nowEpochMs), limit)).stream()
                .map(row -> new DueStep(toPayment(row), row.getNextAttemptAt().getTime())).toList();
    }

    @Override
    public boolean claim(String paymentId, long expectedNextAttemptAtEpochMs, long leaseUntilEpochMs) {
        return mapper.claim(paymentId, ts(expectedNextAttemptAtEpochMs), ts(leaseUntilEpochMs)) == 1;
    }

    @Override
    public boolean release(String paymentId, long nextAttemptAtEpochMs) {
        return mapper.release(paymentId, ts(nextAttemptAtEpochMs)) == 1;
    }

    @Override
    public boolean deleteHeld(String paymentId) {
        return mapper.deleteHeld(paymentId) == 1;
    }

    @Override
    public List<Payment> settledBetween(long fromEpochMs, long toEpochMs, int limit) {
        return primary(() -> mapper.settledBetween(ts(fromEpochMs), ts(toEpochMs), limit)).stream()
                .map(PaymentsInDatabase::toPayment).toList();
    }

    @Override
    public OptionalLong oldestCreatedAtEpochMs() {
        Timestamp oldest = primary(mapper::oldestOpenWithdrawal);
        return oldest == null ? OptionalLong.empty() : OptionalLong.of(oldest.getTime());
    }

    private static <T> T primary(Supplier<T> read) {
        try (HintManager hint = HintManager.getInstance()) {
            hint.setWriteRouteOnly();
            return read.get();
        }
    }

    static Timestamp ts(long epochMs) {
        return new Timestamp(Math.min(epochMs, FAR_FUTURE_EPOCH_MS));
    }

    private static Payment toPayment(PaymentRow row) {
        return new Payment(row.getPaymentId(), row.getUserId(), PaymentKind.valueOf(row.getKind()), row.getAsset(),
                row.getAmount(), PaymentStatus.valueOf(row.getStatus()), Payment.Stage.valueOf(row.getStage()),
                Payment.BankState.valueOf(row.getBankState()), row.getBankReference(),
                Boolean.TRUE.equals(row.getUncertain()), row.getAttempts(), row.getCreatedAt().getTime());
    }
}
