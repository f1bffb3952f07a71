package org.opentrade.facade.stream;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and sources of the push stream ({@code /api/v1/stream}). Every queue, map and timeout is bounded here.
 *
 * @param sessionsMax                    open WebSocket sessions per facade instance; the next handshake gets 503
 * @param sessionsPerUserMax             open sessions of one verified user per instance; the next handshake gets 429
 * @param sessionsPerAddressMax          open sessions from one client address per instance (anonymous or not), 429
 * @param subscriptionsPerSessionMax     channel/symbol pairs one session may hold
 * @param inboundMessageBytesMax         largest client frame; a larger one closes the session (1009)
 * @param inboundMessagesPerSecondMax    client frames per second before the session is closed (1008)
 * @param idleTimeoutMs                  a session that sends nothing (not even a ping) this long is closed (1008)
 * @param sendTimeLimitMs                one send may block this long; a client slower than that is closed (1013)
 * @param sendBufferBytesMax             frames buffered for one session while a send is in progress, then 1013
 * @param depthLevels                    levels per side in a depth frame (the events carry 20)
 * @param instrumentsCacheMs             how long the list of symbols from TradeService is reused
 * @param orderSequencesMax              orders whose last sequence is remembered for dedup (LRU)
 * @param tradeIdsMax                    trade ids remembered for dedup (LRU)
 * @param ordersConsumerGroup            RocketMQ group of the ORDER_EVENTS consumer (broadcasting)
 * @param tradesConsumerGroup            RocketMQ group of the TRADE_EVENTS consumer (broadcasting)
 * @param nameServer                     RocketMQ name server (application.yml: the platform's rocketmq.name-server)
 * @param allowedOrigins                 browser origins allowed to open the socket (empty: same origin only;
 *                                       clients that send no Origin, e.g. servers, are always allowed)
 */
@ConfigurationProperties("opentrade.stream")
public record StreamProperties(
        @DefaultValue("1000") int sessionsMax,
        @DefaultValue("10") int sessionsPerUserMax,
        @DefaultValue("50") int sessionsPerAddressMax,
        @DefaultValue("50") int subscriptionsPerSessionMax,
        @DefaultValue("4096") int inboundMessageBytesMax,
        @DefaultValue("20") int inboundMessagesPerSecondMax,
        @DefaultValue("60000") long idleTimeoutMs,
        @DefaultValue("5000") int sendTimeLimitMs,
        @DefaultValue("524288") int sendBufferBytesMax,
        @DefaultValue("20") int depthLevels,
        @DefaultValue("60000") long instrumentsCacheMs,
        @DefaultValue("100000") int orderSequencesMax,
        @DefaultValue("100000") int tradeIdsMax,
        @DefaultValue("web-facade-stream-orders") String ordersConsumerGroup,
        @DefaultValue("web-facade-stream-trades") String tradesConsumerGroup,
        String nameServer,
        @DefaultValue List<String> allowedOrigins) {
}
