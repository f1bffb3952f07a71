package org.opentrade.banksandbox.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The last {@code messagesMax} messages the gateway accepted, oldest forgotten first. */
public final class SmsInbox {

    private final int messagesMax;
    private final Deque<SmsMessage> messages = new ArrayDeque<>();

    public SmsInbox(int messagesMax) {
        if (messagesMax < 1) {
            throw new IllegalArgumentException("messagesMax must be positive");
        }
        this.messagesMax = messagesMax;
    }

    public synchronized void add(SmsMessage message) {
        messages.addLast(message);
        while (messages.size() > messagesMax) {
            messages.removeFirst();
        }
    }

    /** Oldest first; every recipient when {@code to} is null. At most {@code limit}, the newest ones. */
    public synchronized List<SmsMessage> to(String to, int limit) {
        List<SmsMessage> found = new ArrayList<>();
        for (SmsMessage message : messages) {
            if (to == null || to.equals(message.to())) {
                found.add(message);
            }
        }
        return found.size() <= limit ? found : new ArrayList<>(found.subList(found.size() - limit, found.size()));
    }
}
