package org.opentrade.facade.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.opentrade.api.trade.CandleInterval;
import org.opentrade.api.trade.event.TradeExecuted;
import org.opentrade.api.user.Role;
import org.opentrade.facade.auth.Caller;
import org.opentrade.facade.stream.StreamHubTest.RecordingSink;

class StreamEventsTest {
    final StreamHub hub = new StreamHub(StreamTestData.limits(), new SimpleMeterRegistry());
    final StreamEvents events = new StreamEvents(hub);
    final ObjectMapper publisherJson = new ObjectMapper();

    @Test
    void theEventRecordsAsTradeProviderWritesThemAreRead() throws Exception {
        RecordingSink sink = new RecordingSink();
        StreamSession session = new StreamSession("s", new Caller(1, "alice", Set.of(Role.USER), "s-1"), "127.0.0.1",
                sink, 0);
        session.subscribe(Subscription.orders(), 10);
        session.subscribe(Subscription.depth("BTC-USD"), 10);
        session.subscribe(Subscription.trades("BTC-USD"), 10);
        hub.register(session);

        assertThat(events.dispatch("OrderUpdated",
                publisherJson.writeValueAsBytes(StreamHubTest.order("100", 1, "NEW", 1)))).isTrue();
        assertThat(events.dispatch("BookChanged", publisherJson.writeValueAsBytes(StreamHubTest.book("BTC-USD", 3))))
                .isTrue();
        assertThat(events.dispatch("TradeExecuted", publisherJson.writeValueAsBytes(
                new TradeExecuted("e", "BTC-USD-1", "BTC-USD", 1, 1, "SELL", 0)))).isTrue();

        assertThat(sink.frames).extracting(f -> f.get("channel").asText()).containsExactly("orders", "depth", "trades");
    }

    @Test
    void candleAndTickerEventsAsTradeProviderWritesThemAreRead() throws Exception {
        RecordingSink sink = new RecordingSink();
        StreamSession session = new StreamSession("s", null, "127.0.0.1", sink, 0);
        session.subscribe(Subscription.candles("BTC-USD", CandleInterval.M15), 10);
        session.subscribe(Subscription.ticker("BTC-USD"), 10);
        hub.register(session);

        assertThat(events.dispatch("CandleChanged", publisherJson.writeValueAsBytes(StreamHubTest.candle("15m", 0, 3))))
                .isTrue();
        assertThat(events.dispatch("TickerChanged", publisherJson.writeValueAsBytes(StreamHubTest.ticker(4, 0))))
                .isTrue();

        assertThat(sink.frames).extracting(f -> f.get("channel").asText()).containsExactly("candles", "ticker");
    }

    @Test
    void unknownFieldsAreToleratedButUnknownTagsAndGarbageAreSkipped() {
        String withExtraField = "{\"eventId\":\"e\",\"tradeId\":\"BTC-USD-2\",\"symbol\":\"BTC-USD\",\"price\":1,"
                + "\"quantity\":1,\"takerSide\":\"BUY\",\"timeEpochMs\":0,\"venue\":\"x\"}";
        assertThat(events.dispatch("TradeExecuted", withExtraField.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(events.dispatch("OrderPlaced", "{}".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(events.dispatch("BookChanged", "not json".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(events.dispatch(null, new byte[0])).isFalse();
    }
}
