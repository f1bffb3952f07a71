package org.opentrade.facade.stream;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.opentrade.facade.auth.Caller;

/**
 * One client connection: who it is (a verified caller, or anonymous), what it subscribed to, and what it was last
 * sent: the depth sequence per symbol (a snapshot and the live books never go backwards on one socket), the book each
 * depthUpdates client holds (every update is the difference from exactly that book), and the version of each candle
 * and ticker (a snapshot and the live events never go backwards either). Sends happen under this session's lock:
 * frames of one session leave in the order they were decided.
 */
final class StreamSession {
    /** Candle and ticker versions kept per session: a few per subscription is all the live ones. */
    static final int VERSIONS_MAX = 128;

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
    private final Map<String, DepthBook> depthBooks = new HashMap<>();
    private final SequenceGate versions = new SequenceGate(VERSIONS_MAX);
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
        switch (subscription.channel()) {
            case DEPTH -> depthSequences.remove(subscription.symbol());
            case DEPTH_UPDATES -> depthBooks.remove(subscription.symbol());
            case CANDLES, TICKER -> versions.forget(subscription.versionPrefix());
            default -> {
            }
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

    /**
     * Starts (or restarts) the session's depthUpdates of a symbol from {@code snapshot}: the client replaces its book
     * with it, and every later update is the difference from the book the session last sent.
     */
    synchronized boolean startDepthUpdates(DepthBook snapshot) {
        if (!subscriptions.contains(Subscription.depthUpdates(snapshot.symbol()))) {
            return false;
        }
        depthBooks.put(snapshot.symbol(), snapshot);
        return sink.send(Frames.depthSnapshot(snapshot));
    }

    /**
     * Sends the difference between the book this session holds and {@code book}, if it is newer; the hub's
     * {@code sharedFrame} (the update from {@code sharedFrom}) when the session holds exactly that book, which is
     * the case of every session that took all updates so far.
     */
    synchronized boolean sendDepthUpdate(DepthBook book, DepthBook sharedFrom, String sharedFrame) {
        DepthBook held = depthBooks.get(book.symbol());
        if (held == null || book.sequence() <= held.sequence()
                || !subscriptions.contains(Subscription.depthUpdates(book.symbol()))) {
            return false;
        }
        String frame = sharedFrom != null && held.sequence() == sharedFrom.sequence() ? sharedFrame
                : Frames.depthUpdate(held, book);
        depthBooks.put(book.symbol(), book);
        return sink.send(frame);
    }

    /**
     * Sends a candle or ticker frame if subscribed and newer than the last one sent under {@code key} (a key below
     * the subscription's {@link Subscription#versionPrefix()}).
     */
    synchronized boolean sendVersioned(Subscription subscription, String key, long major, long minor, String frame) {
        if (!subscriptions.contains(subscription) || !versions.advance(key, major, minor)) {
            return false;
        }
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
