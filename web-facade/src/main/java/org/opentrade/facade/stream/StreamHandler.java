package org.opentrade.facade.stream;

import java.io.IOException;

import org.opentrade.facade.auth.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.SessionLimitExceededException;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/** The WebSocket side: each connection becomes a {@link StreamSession} whose frames go through bounded sends. */
final class StreamHandler extends TextWebSocketHandler {
    /** Tomcat's bound on one blocking send (Long, ms); without it a stuck client holds an event thread 20 s. */
    static final String TOMCAT_BLOCKING_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";
    private static final Logger log = LoggerFactory.getLogger(StreamHandler.class);

    private final StreamHub hub;
    private final StreamCommands commands;

    StreamHandler(StreamHub hub, StreamCommands commands) {
        this.hub = hub;
        this.commands = commands;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession raw) throws IOException {
        StreamProperties limits = hub.limits();
        if (raw instanceof NativeWebSocketSession n && n.getNativeSession() instanceof jakarta.websocket.Session s) {
            s.getUserProperties().put(TOMCAT_BLOCKING_SEND_TIMEOUT, (long) limits.sendTimeLimitMs());
        }
        WebSocketSession bounded = new ConcurrentWebSocketSessionDecorator(raw, limits.sendTimeLimitMs(),
                limits.sendBufferBytesMax());
        Caller caller = (Caller) raw.getAttributes().get(StreamHandshake.CALLER);
        String address = (String) raw.getAttributes().getOrDefault(StreamHandshake.ADDRESS, "unknown");
        StreamSession session = new StreamSession(raw.getId(), caller, address, new Sink(bounded),
                System.currentTimeMillis());
        if (!hub.register(session)) {
            // the instance, the user or the address reached its cap between the handshake and now
            bounded.close(CloseStatus.SERVICE_OVERLOAD.withReason("too many connections"));
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession raw, TextMessage message) {
        StreamSession session = hub.session(raw.getId());
        if (session == null) {
            return;
        }
        if (!session.acceptInbound(System.currentTimeMillis(), hub.limits().inboundMessagesPerSecondMax())) {
            session.close(StreamCloseStatus.POLICY_VIOLATION, "more than "
                    + hub.limits().inboundMessagesPerSecondMax() + " frames per second");
            hub.unregister(raw.getId());
            return;
        }
        commands.handle(session, message.getPayload());
    }

    @Override
    public void handleTransportError(WebSocketSession raw, Throwable error) {
        log.debug("stream session {} transport error: {}", raw.getId(), error.toString());
    }

    @Override
    public void afterConnectionClosed(WebSocketSession raw, CloseStatus status) {
        hub.unregister(raw.getId());
    }

    /** Sends through Spring's decorator (send time and buffer limits); a client that falls behind is closed. */
    private static final class Sink implements StreamSession.Sink {
        private final WebSocketSession session;

        Sink(WebSocketSession session) {
            this.session = session;
        }

        @Override
        public boolean send(String text) {
            if (!session.isOpen()) {
                return false;
            }
            try {
                session.sendMessage(new TextMessage(text));
                return true;
            } catch (SessionLimitExceededException e) {
                close(StreamCloseStatus.SERVICE_OVERLOAD, "too slow: frames not read in time");
                return false;
            } catch (IOException | RuntimeException e) {
                close(StreamCloseStatus.GOING_AWAY, "send failed");
                return false;
            }
        }

        @Override
        public void close(int status, String reason) {
            try {
                session.close(new CloseStatus(status, reason));
            } catch (IOException | RuntimeException e) {
                log.debug("closing stream session {}: {}", session.getId(), e.toString());
            }
        }
    }
}
