package org.opentrade.facade.stream;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.opentrade.facade.auth.Caller;

/**
 * One client connection: who it is (a verified caller, or anonymous), what it subscribed to, and the last depth
 * sequence it was sent per symbol, so that a snapshot and the live updates never go backwards on one socket.
 * Sends happen under this session's lock: frames of one session leave in the order they were decided.
 */
final class StreamSession {

    /** Where the session's frames go; implementations bound how long a send may take. */
    interface Sink {
        /** False when the frame could not be sent (the sink then closes the connection). */
        boolean send(String text);

        void close(int status, String reason);
    }

    private final String id;
    private final Caller callerOrNull;
    private final String address;
    private final Sink sink;
    private final Set<Subscription> subscriptions = new HashSet<>();
    private final Map<String, Long> depthSequences = new HashMap<>();
    private volatile long lastInboundMs;
    private long rateWindowStartMs;
    private int rateWindowCount;

    StreamSession(String id, Caller callerOrNull, String address, Sink sink, long nowMs) {
        this.id = id;
        this.callerOrNull = callerOrNull;
        this.address = address;
        this.sink = sink;
        this.lastInboundMs = nowMs;
        this.rateWindowStartMs = nowMs;
    }

    String id() {
        return id;
    }

    boolean authenticated() {
        return callerOrNull != null;
    }

    /** The client's address (behind a trusted proxy, the one it forwarded), for the per-address cap. */
    String address() {
        return address;
    }

    /** The verified user's id, or null for an anonymous session (for the per-user cap). */
    Long userIdOrNull() {
        return callerOrNull == null ? null : callerOrNull.userId();
    }

    /** True only for the owner's own orders: the userId comes from the verified token, never from the client. */
    boolean ownsOrdersOf(long userId) {
        return callerOrNull != null && callerOrNull.userId() == userId;
    }

    /** Counts one client frame; false once more than {@code perSecondMax} arrived within the current second. */
    synchronized boolean acceptInbound(long nowMs, int perSecondMax) {
        lastInboundMs = nowMs;
        if (nowMs - rateWindowStartMs >= 1000) {
            rateWindowStartMs = nowMs;
            rateWindowCount = 0;
        }
        return ++rateWindowCount <= perSecondMax;
    }

    long lastInboundMs() {
        return lastInboundMs;
    }

    /** False when the session already holds {@code subscriptionsMax} other subscriptions. */
    synchronized boolean subscribe(Subscription subscription, int subscriptionsMax) {
        if (subscriptions.contains(subscription)) {
            return true;
        }
        if (subscriptions.size() >= subscriptionsMax) {
            return false;
        }
        subscriptions.add(subscription);
        return true;
    }

    synchronized void unsubscribe(Subscription subscription) {
        subscriptions.remove(subscription);
        if (subscription.channel() == Channel.DEPTH) {
            depthSequences.remove(subscription.symbol());
        }
    }

    synchronized boolean subscribed(Subscription subscription) {
        return subscriptions.contains(subscription);
    }

    /** Sends a depth frame if subscribed and newer than the last depth this session got for the symbol. */
    synchronized boolean sendDepth(String symbol, long sequence, String frame) {
        if (!subscriptions.contains(Subscription.depth(symbol))) {
            return false;
        }
        Long last = depthSequences.get(symbol);
        if (last != null && sequence <= last) {
            return false;
        }
        depthSequences.put(symbol, sequence);
        return sink.send(frame);
    }

    /** Sends a frame of a channel this session subscribed to. */
    synchronized boolean sendIfSubscribed(Subscription subscription, String frame) {
        return subscriptions.contains(subscription) && sink.send(frame);
    }

    synchronized boolean send(String frame) {
        return sink.send(frame);
    }

    void close(int status, String reason) {
        sink.close(status, reason);
    }
}
