package org.opentrade.facade.stream;

/** The WebSocket close codes (RFC 6455) the stream uses; kept free of the servlet stack for the unit tests. */
final class StreamCloseStatus {
    static final int GOING_AWAY = 1001;
    static final int POLICY_VIOLATION = 1008;
    static final int SERVICE_OVERLOAD = 1013;

    private StreamCloseStatus() {
    }
}
