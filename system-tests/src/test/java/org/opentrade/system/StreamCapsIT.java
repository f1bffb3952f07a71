package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * WebSocket sessions are capped per verified user (10) and per client address (50) on each facade instance
 * (web-facade's application.yml, opentrade.stream.*): the next handshake is 429, and a closed socket gives its
 * place back.
 */
class StreamCapsIT {
    static final String WS_URL = Api.BASE.replaceFirst("^http", "ws") + "/api/v1/stream";
    static final int PER_USER_MAX = 10;
    static final int PER_ADDRESS_MAX = 50;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void oneUserHoldsAtMostItsCapOfStreamsFromAnywhere() throws Exception {
        Api.Session alice = Api.registerAndLogIn("stream-cap");
        List<WebSocket> open = new ArrayList<>();
        try {
            for (int i = 0; i < PER_USER_MAX; i++) {
                open.add(connect(LoginThrottlingIT.freshAddress(), alice.token()));
            }
            assertRefused429(LoginThrottlingIT.freshAddress(), alice.token());
            // someone else is not affected, nor is alice once a socket closed
            open.add(connect(LoginThrottlingIT.freshAddress(), Api.registerAndLogIn("stream-cap-other").token()));
            open.remove(0).sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
            awaitAdmitted(LoginThrottlingIT.freshAddress(), alice.token(), open);
        } finally {
            closeAll(open);
        }
    }

    @Test
    void oneAddressHoldsAtMostItsCapOfStreamsAnonymousOrNot() throws Exception {
        String address = LoginThrottlingIT.freshAddress();
        List<WebSocket> open = new ArrayList<>();
        try {
            for (int i = 0; i < PER_ADDRESS_MAX; i++) {
                open.add(connect(address, null));
            }
            assertRefused429(address, null);
            assertRefused429(address, Api.registerAndLogIn("stream-addr").token());
            open.add(connect(LoginThrottlingIT.freshAddress(), null));
        } finally {
            closeAll(open);
        }
    }

    /**
     * An open socket the server has registered: it answers a ping only once it counts the session (the handshake's
     * 101 can reach the client before that, and a handshake checked in between would not see it yet).
     */
    private static WebSocket connect(String address, String tokenOrNull) throws Exception {
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .header(Api.FORWARDED_FOR, address);
        if (tokenOrNull != null) {
            builder.header("Authorization", "Bearer " + tokenOrNull);
        }
        CompletableFuture<String> firstFrame = new CompletableFuture<>();
        WebSocket socket = builder.buildAsync(URI.create(WS_URL), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                firstFrame.complete(data.toString());
                webSocket.request(1);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        socket.sendText("{\"op\":\"ping\"}", true).get(5, TimeUnit.SECONDS);
        assertThat(firstFrame.get(10, TimeUnit.SECONDS)).contains("pong");
        return socket;
    }

    private static void assertRefused429(String address, String tokenOrNull) throws Exception {
        try {
            WebSocket unexpected = connect(address, tokenOrNull);
            unexpected.abort();
            throw new AssertionError("a handshake over the cap was accepted");
        } catch (ExecutionException | CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(WebSocketHandshakeException.class);
            // 429 TOO_MANY_STREAMS (a full instance would be 503); the JDK client does not keep the refusal's body
            assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode()).isEqualTo(429);
        }
    }

    /** The server learns of a close asynchronously: retry briefly until the place is free again. */
    private static void awaitAdmitted(String address, String token, List<WebSocket> open) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                open.add(connect(address, token));
                return;
            } catch (ExecutionException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Trading.sleep(100);
            }
        }
    }

    private static void closeAll(List<WebSocket> open) {
        for (WebSocket socket : open) {
            socket.abort();
        }
    }
}
