package org.opentrade.banksandbox.web;

import java.util.List;
import org.opentrade.banksandbox.application.SmsGateway;
import org.opentrade.banksandbox.domain.InvalidInput;
import org.opentrade.banksandbox.domain.SmsMessage;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The SMS gateway's API, and the test view of what it received. */
@RestController
class SmsController {

    private static final int LIST_LIMIT_MAX = 1_000;

    record SmsRequest(String to, String text) {
    }

    record SmsAnswer(String messageId, String status) {
    }

    record SmsView(String messageId, String to, String text, String receivedAt) {
        static SmsView of(SmsMessage message) {
            return new SmsView(message.messageId(), message.to(), message.text(), message.receivedAt().toString());
        }
    }

    private final SmsGateway gateway;

    SmsController(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @PostMapping("/sms/v1/messages")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SmsAnswer send(@RequestBody SmsRequest request) {
        if (request == null) {
            throw new InvalidInput("MALFORMED_JSON", "a JSON body is required");
        }
        return new SmsAnswer(gateway.accept(request.to(), request.text()).messageId(), "ACCEPTED");
    }

    /** Oldest first, the newest {@value #LIST_LIMIT_MAX} at most; every recipient when {@code to} is absent. */
    @GetMapping("/sandbox/v1/sms")
    List<SmsView> received(@RequestParam(required = false) String to) {
        return gateway.sentTo(to, LIST_LIMIT_MAX).stream().map(SmsView::of).toList();
    }
}
