package org.opentrade.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A java.net.http WebSocket client of /api/v1/stream that keeps every text frame it received, for bounded waits on
 * them. Its own file, so that a test using it does not initialize another test class (and list its symbol).
 */
final class StreamClient implements WebSocket.Listener, AutoCloseable {
    static final String URL = Api.BASE.replaceFirst("^http", "ws") + "/api/v1/stream";
    static final Duration WAIT = Duration.ofSeconds(15);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<JsonNode> frames = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private final Consumer<JsonNode> onFrame;
    private WebSocket socket;

    private StreamClient(Consumer<JsonNode> onFrame) {
        this.onFrame = onFrame;
    }

    static StreamClient connect(String url, String bearerOrNull, boolean useHeader) throws Exception {
        return connect(url, bearerOrNull, useHeader, frame -> { });
    }

    /** A client that also hands every frame, in arrival order, to {@code onFrame} (on the socket's thread). */
    static StreamClient connect(String url, String bearerOrNull, boolean useHeader, Consumer<JsonNode> onFrame)
            throws Exception {
        StreamClient client = new StreamClient(onFrame);
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (useHeader && bearerOrNull != null) {
            builder.header("Authorization", "Bearer " + bearerOrNull);
        }
        client.socket = builder.buildAsync(URI.create(url), client).get(10, TimeUnit.SECONDS);
        return client;
    }

    void send(String text) throws Exception {
        socket.sendText(text, true).get(5, TimeUnit.SECONDS);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                JsonNode frame = Api.JSON.readTree(partial.toString());
                synchronized (frames) {
                    onFrame.accept(frame);
                    frames.add(frame);
                    frames.notifyAll();
                }
            } catch (Exception e) {
                throw new IllegalStateException("not JSON: " + partial, e);
            } finally {
                partial.setLength(0);
            }
        }
        webSocket.request(1);
        return null;
    }

    /** The first frame (received so far or within {@link #WAIT}) that matches; fails with what was seen. */
    JsonNode await(Predicate<JsonNode> wanted) throws InterruptedException {
        return await(wanted, WAIT);
    }

    JsonNode await(Predicate<JsonNode> wanted, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (frames) {
            while (true) {
                for (JsonNode frame : frames) {
                    if (wanted.test(frame)) {
                        return frame;
                    }
                }
                long leftMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (leftMs <= 0) {
                    throw new AssertionError("no matching frame within " + wait + "; received: " + frames);
                }
                frames.wait(leftMs);
            }
        }
    }

    List<JsonNode> frames(Predicate<JsonNode> wanted) {
        synchronized (frames) {
            return frames.stream().filter(wanted).toList();
        }
    }

    /** The field's text, null when absent or JSON null. */
    static String text(JsonNode frame, String field) {
        JsonNode node = frame.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null)
                .join();
    }
}
