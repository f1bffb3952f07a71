package org.opentrade.payment.adapter.out.persistence;

import java.time.ZoneOffset;
import java.util.Optional;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.shardingsphere.infra.hint.HintManager;
import org.opentrade.payment.domain.Payment;
import org.opentrade.payment.domain.PaymentKind;
import org.opentrade.payment.domain.PaymentStatus;
import org.opentrade.payment.domain.Payments;
import org.springframework.stereotype.Repository;

@Repository
class PaymentsInDatabase implements Payments {
    private final PaymentMapper mapper;

    PaymentsInDatabase(PaymentMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<Payment> ofUser(long userId, String paymentId) {
        // a client polls its payment right after creating it: read the primary
        try (HintManager hint = HintManager.getInstance()) {
            hint.setWriteRouteOnly();
            return Optional.ofNullable(mapper.selectOne(Wrappers.<PaymentRow>lambdaQuery()
                    .eq(PaymentRow::getPaymentId, paymentId).eq(PaymentRow::getUserId, userId)))
                    .map(PaymentsInDatabase::toPayment);
        }
    }

    private static Payment toPayment(PaymentRow row) {
        return new Payment(row.getPaymentId(), row.getUserId(), PaymentKind.valueOf(row.getKind()), row.getAsset(),
                row.getAmount(), PaymentStatus.valueOf(row.getStatus()),
                row.getCreatedAt().toInstant(ZoneOffset.UTC).toEpochMilli());
    }
}
