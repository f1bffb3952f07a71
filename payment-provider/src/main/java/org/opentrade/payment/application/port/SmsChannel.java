package org.opentrade.payment.application.port;

/** The SMS gateway. Implemented over HTTP (adapter.out.sms). */
public interface SmsChannel {
    /** Sends one message; throws when the gateway did not accept it (the caller retries). */
    void send(String to, String text);
}
