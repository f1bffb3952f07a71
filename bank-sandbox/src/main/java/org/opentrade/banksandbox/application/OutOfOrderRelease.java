package org.opentrade.banksandbox.application;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Holds settled callbacks back until a batch is complete, then releases them newest first, so the merchant
 * hears about later transfers before earlier ones. A batch never waits longer than {@code holdMs}: whatever is
 * held then goes out (still newest first).
 */
public final class OutOfOrderRelease {

    private final CallbackDispatcher dispatcher;
    private final long holdMs;
    private final List<HeldCallback> held = new ArrayList<>();
    private long batchNumber;

    public OutOfOrderRelease(CallbackDispatcher dispatcher, long holdMs) {
        this.dispatcher = dispatcher;
        this.holdMs = holdMs;
    }

    /** {@code batchSize} is read from the behaviour at each call, at most {@link
     * org.opentrade.banksandbox.domain.Behaviour#OUT_OF_ORDER_BATCH_MAX}, so the batch stays bounded. */
    public void submit(OutgoingCallback callback, int copies, int batchSize) {
        List<HeldCallback> released;
        synchronized (this) {
            held.add(new HeldCallback(callback, copies));
            if (held.size() == 1) {
                long thisBatch = batchNumber;
                dispatcher.schedule(() -> releaseIfStill(thisBatch), holdMs);
            }
            released = held.size() >= batchSize ? drainNewestFirst() : List.of();
        }
        send(released);
    }

    /** Sends whatever is held now, newest first. */
    public void releaseNow() {
        List<HeldCallback> released;
        synchronized (this) {
            released = drainNewestFirst();
        }
        send(released);
    }

    private void releaseIfStill(long batch) {
        List<HeldCallback> released;
        synchronized (this) {
            released = batch == batchNumber ? drainNewestFirst() : List.of();
        }
        send(released);
    }

    private List<HeldCallback> drainNewestFirst() {
        List<HeldCallback> drained = new ArrayList<>(held);
        held.clear();
        batchNumber++;
        Collections.reverse(drained);
        return drained;
    }

    private void send(List<HeldCallback> released) {
        if (!released.isEmpty()) {
            dispatcher.deliverInOrder(released);
        }
    }
}
