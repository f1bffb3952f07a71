package org.opentrade.banksandbox.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.opentrade.banksandbox.domain.BankUnavailable;
import org.opentrade.banksandbox.domain.SmsInbox;
import org.opentrade.banksandbox.domain.SmsMessage;

/** The SMS gateway: accepts messages (nothing is really sent) and keeps them for tests to read. */
public final class SmsGateway {

    private final SmsInbox inbox;
    private final BehaviourSettings behaviour;
    private final Clock clock;

    public SmsGateway(SmsInbox inbox, BehaviourSettings behaviour, Clock clock) {
        this.inbox = inbox;
        this.behaviour = behaviour;
        this.clock = clock;
    }

    public SmsMessage accept(String to, String text) {
        if (behaviour.current().smsOutage()) {
            throw new BankUnavailable("SMS_UNAVAILABLE", "the SMS gateway is not available");
        }
        SmsMessage message = new SmsMessage(UUID.randomUUID().toString(), to, text, clock.instant());
        inbox.add(message);
        return message;
    }

    public List<SmsMessage> sentTo(String to, int limit) {
        return inbox.to(to, limit);
    }
}
