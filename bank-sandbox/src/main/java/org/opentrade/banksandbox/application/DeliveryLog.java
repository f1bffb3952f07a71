package org.opentrade.banksandbox.application;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The last {@code attemptsMax} delivery attempts, oldest forgotten first. */
public final class DeliveryLog {

    private final int attemptsMax;
    private final Deque<DeliveryAttempt> attempts = new ArrayDeque<>();

    public DeliveryLog(int attemptsMax) {
        this.attemptsMax = attemptsMax;
    }

    public synchronized void record(DeliveryAttempt attempt) {
        attempts.addLast(attempt);
        while (attempts.size() > attemptsMax) {
            attempts.removeFirst();
        }
    }

    /** Oldest first; every reference when {@code merchantReference} is null. */
    public synchronized List<DeliveryAttempt> about(String merchantReference) {
        List<DeliveryAttempt> found = new ArrayList<>();
        for (DeliveryAttempt attempt : attempts) {
            if (merchantReference == null || merchantReference.equals(attempt.merchantReference())) {
                found.add(attempt);
            }
        }
        return found;
    }
}
