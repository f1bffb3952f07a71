package org.opentrade.banksandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The merchant's callback endpoint, for tests: a JDK HTTP server on 127.0.0.1 that records what arrives. */
final class CallbackReceiver implements AutoCloseable {

    record Received(String timestamp, String nonce, String signature, String contentType, String body,
                    long receivedAtNanos) {
    }

    private final HttpServer server;
    // A path of its own: a late callback meant for an earlier test's receiver, on a port the OS has since given
    // to this one, is answered 404 instead of being taken for ours.
    private final String path = "/callbacks/bank/" + UUID.randomUUID();
    private final ExecutorService handlers = Executors.newFixedThreadPool(4);
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final Queue<Integer> scriptedAnswers = new ConcurrentLinkedQueue<>();

    private CallbackReceiver(HttpServer server) {
        this.server = server;
    }

    static CallbackReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        CallbackReceiver receiver = new CallbackReceiver(server);
        server.createContext(receiver.path, receiver::handle);
        server.setExecutor(receiver.handlers);
        server.start();
        return receiver;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next callbacks are answered with these statuses, in order; after them, 200. */
    void answerNext(int... statuses) {
        for (int status : statuses) {
            scriptedAnswers.add(status);
        }
    }

    Received next(Duration timeout) throws InterruptedException {
        Received next = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(next).as("a callback within " + timeout).isNotNull();
        return next;
    }

    List<Received> next(int count, Duration timeout) throws InterruptedException {
        List<Received> all = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (all.size() < count) {
            Received next = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertThat(next).as("callback " + (all.size() + 1) + " of " + count + " within " + timeout).isNotNull();
            all.add(next);
        }
        return all;
    }

    void expectNothingFor(Duration quiet) throws InterruptedException {
        assertThat(received.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)).as("no callback now").isNull();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            received.add(new Received(headers.getFirst("X-Bank-Timestamp"), headers.getFirst("X-Bank-Nonce"),
                    headers.getFirst("X-Bank-Signature"), headers.getFirst("Content-Type"), body, System.nanoTime()));
            Integer scripted = scriptedAnswers.poll();
            exchange.sendResponseHeaders(scripted == null ? 200 : scripted, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
