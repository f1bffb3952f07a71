package org.opentrade.facade.stream;

import io.micrometer.core.instrument.MeterRegistry;
import org.opentrade.api.trade.TradeService;
import org.opentrade.facade.auth.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/** The push stream at {@value #PATH}: plain WebSocket, JSON text frames (see docs/adr/0008-push-stream.md). */
@Configuration
@EnableWebSocket
class StreamConfiguration implements WebSocketConfigurer {
    static final String PATH = "/api/v1/stream";

    private final StreamProperties properties;
    private final StreamHub hub;
    private final TradeService trading;
    private final Authentication authentication;

    StreamConfiguration(StreamProperties properties, MeterRegistry metrics, TradeService trading,
                        Authentication authentication) {
        this.properties = properties;
        this.hub = new StreamHub(properties, metrics);
        this.trading = trading;
        this.authentication = authentication;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        MarketSymbols symbols = new MarketSymbols(trading, properties.instrumentsCacheMs(), System::currentTimeMillis);
        registry.addHandler(new StreamHandler(hub, new StreamCommands(trading, symbols, properties, hub)), PATH)
                .addInterceptors(new StreamHandshake(authentication, hub))
                .setAllowedOriginPatterns(properties.allowedOrigins().toArray(String[]::new));
    }

    /** Tomcat's own bounds: the largest client frame, a backstop idle timeout, the async send timeout. */
    @Bean
    ServletServerContainerFactoryBean streamContainerLimits() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(properties.inboundMessageBytesMax());
        container.setMaxBinaryMessageBufferSize(properties.inboundMessageBytesMax());
        container.setMaxSessionIdleTimeout(2 * properties.idleTimeoutMs());
        container.setAsyncSendTimeout((long) properties.sendTimeLimitMs());
        return container;
    }

    @Bean
    IdleSessions streamIdleSessions() {
        return new IdleSessions(hub);
    }

    @Bean
    TradeEventConsumers streamEventConsumers() {
        return new TradeEventConsumers(properties, new StreamEvents(hub));
    }
}
