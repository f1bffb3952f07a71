package org.opentrade.payment.application;

import java.time.Clock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.money.Decimal8;
import org.opentrade.api.payment.BankNotification;
import org.opentrade.payment.application.port.Nonces;
import org.opentrade.payment.domain.BankOutcome;
import org.opentrade.payment.domain.BankSignature;
import org.opentrade.payment.domain.NotificationWindow;
import org.opentrade.payment.domain.Payment;
import org.opentrade.payment.domain.PaymentKind;
import org.opentrade.payment.domain.Payments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A notification from the bank, checked in this order: signature (forged -> BAD_SIGNATURE), timestamp window
 * (stale -> CALLBACK_STALE), the payment it names and that it agrees with it (PAYMENT_NOT_FOUND, CALLBACK_MISMATCH),
 * its nonce never seen (replay -> CALLBACK_REPLAYED; the unique key in the database decides). Then the outcome is
 * applied once ({@link Outcomes}); a duplicate copy (fresh nonce, same outcome) finds it applied and answers OK.
 */
@Service
public class BankNotifications {
    private static final Logger log = LoggerFactory.getLogger(BankNotifications.class);
    static final int BODY_LENGTH_MAX = 16 * 1024;

    /** The fields of a notification body that matter to us. */
    record Notice(String merchantReference, PaymentKind kind, BankOutcome outcome, String asset, long amount) {
    }

    private final BankSignature signature;
    private final NotificationWindow window;
    private final Nonces nonces;
    private final Payments payments;
    private final Outcomes outcomes;
    private final ObjectMapper json;
    private final Clock clock;

    public BankNotifications(PaymentProperties properties, Nonces nonces, Payments payments, Outcomes outcomes,
                             ObjectMapper json, Clock clock) {
        this.signature = new BankSignature(properties.bank().secret());
        this.window = new NotificationWindow(properties.bank().notificationWindowMs());
        this.nonces = nonces;
        this.payments = payments;
        this.outcomes = outcomes;
        this.json = json;
        this.clock = clock;
    }

    public void accept(BankNotification notification) {
        String body = notification.body();
        if (body == null || body.length() > BODY_LENGTH_MAX
                || !signature.verify(notification.timestamp(), notification.nonce(), body, notification.signature())) {
            throw new BusinessException(ErrorCode.BAD_SIGNATURE);
        }
        long now = clock.millis();
        if (window.accepts(notification.timestamp(), now) < 0) {
            throw new BusinessException(ErrorCode.CALLBACK_STALE);
        }
        if (!NotificationWindow.wellFormedNonce(notification.nonce())) {
            throw new BusinessException(ErrorCode.BAD_SIGNATURE, "malformed nonce");
        }
        Notice notice = parse(body);
        Payment payment = payments.byId(notice.merchantReference())
                .orElseThrow(() -> new BusinessException(ErrorCode.PAYMENT_NOT_FOUND));
        if (!payment.matches(notice.kind(), notice.asset(), notice.amount())) {
            log.error("bank notification for {} disagrees with the payment: {}", payment.paymentId(), body);
            throw new BusinessException(ErrorCode.CALLBACK_MISMATCH);
        }
        if (!nonces.remember(notification.nonce(), now)) {
            throw new BusinessException(ErrorCode.CALLBACK_REPLAYED);
        }
        outcomes.apply(payment.paymentId(), notice.outcome(), "notification");
    }

    private Notice parse(String body) {
        try {
            JsonNode node = json.readTree(body);
            String kind = node.path("kind").asText();
            return new Notice(node.path("merchantReference").asText(),
                    "PAYMENT".equals(kind) ? PaymentKind.DEPOSIT : "PAYOUT".equals(kind) ? PaymentKind.WITHDRAWAL : null,
                    BankOutcome.valueOf(node.path("status").asText()), node.path("asset").asText(),
                    Decimal8.parse(node.path("amount").asText()));
        } catch (Exception e) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, "unreadable notification body");
        }
    }
}
