package org.opentrade.facade.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.dubbo.config.annotation.DubboReference;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.payment.BankNotification;
import org.opentrade.api.payment.PaymentService;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bank's signed notifications. No bearer token: the signature is the authentication, and only payment-provider
 * holds the secret, so the facade passes headers and the exact body bytes through and answers what it decided:
 * 200 when applied (or already applied), 401 BAD_SIGNATURE / CALLBACK_STALE, 409 CALLBACK_REPLAYED, 503 when it
 * cannot decide now (the bank retries).
 */
@RestController
@RequestMapping("/api/v1/callbacks")
@Tag(name = "Bank")
class BankCallbackController {
    static final int BODY_BYTES_MAX = 16 * 1024;

    @DubboReference(check = false, timeout = DepositController.PAYMENT_TIMEOUT_MS)
    private PaymentService payments;

    @PostMapping("/bank")
    @Operation(summary = "Bank notification (HMAC-SHA256 signed: X-Bank-Timestamp, X-Bank-Nonce, X-Bank-Signature)")
    Map<String, String> notify(@RequestHeader(name = "X-Bank-Timestamp", required = false) String timestamp,
                               @RequestHeader(name = "X-Bank-Nonce", required = false) String nonce,
                               @RequestHeader(name = "X-Bank-Signature", required = false) String signature,
                               HttpServletRequest request) throws IOException {
        // read at most one byte more than allowed: a flood of large bodies costs us 16 KiB each, no more
        byte[] body = request.getInputStream().readNBytes(BODY_BYTES_MAX + 1);
        if (body.length == 0 || body.length > BODY_BYTES_MAX) {
            throw new BusinessException(ErrorCode.BAD_SIGNATURE, "the body is empty or larger than 16 KiB");
        }
        payments.acceptBankNotification(new BankNotification(timestamp, nonce, signature,
                new String(body, StandardCharsets.UTF_8)));
        return Map.of("status", "OK");
    }
}
