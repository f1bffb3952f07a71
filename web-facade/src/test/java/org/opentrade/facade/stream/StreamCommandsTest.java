package org.opentrade.facade.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.opentrade.api.trade.CandleInterval;
import org.opentrade.api.trade.CandleQuery;
import org.opentrade.api.trade.CandleView;
import org.opentrade.api.trade.DepthView;
import org.opentrade.api.trade.InstrumentView;
import org.opentrade.api.trade.TickerView;
import org.opentrade.api.trade.TradeService;
import org.opentrade.api.trade.event.CandleChanged;
import org.opentrade.api.user.Role;
import org.opentrade.facade.auth.Caller;
import org.opentrade.facade.stream.StreamHubTest.RecordingSink;

class StreamCommandsTest {
    static final long ONE = 100_000_000L;

    final TradeService trading = mock(TradeService.class);
    final StreamHub hub = new StreamHub(StreamTestData.limits(), new SimpleMeterRegistry());
    final StreamCommands commands = new StreamCommands(trading, new MarketSymbols(trading, 60_000, () -> 0),
            StreamTestData.limits(1000, 3, 60_000), hub);
    final RecordingSink sink = new RecordingSink();

    StreamCommandsTest() {
        when(trading.instruments()).thenReturn(List.of(
                new InstrumentView("BTC-USD", "BTC", "USD", ONE / 100, ONE / 1_000_000, 1000, 2000, ONE)));
    }

    @Test
    void aPingIsAnsweredWithAPong() {
        commands.handle(anonymous(), "{\"op\":\"ping\"}");
        assertThat(sink.frames).extracting(f -> f.get("op").asText()).containsExactly("pong");
    }

    @Test
    void ordersNeedAVerifiedCaller() {
        StreamSession anonymous = anonymous();
        commands.handle(anonymous, "{\"op\":\"subscribe\",\"channel\":\"orders\"}");
        assertError(sink.frames.get(0), "UNAUTHENTICATED");
        assertThat(anonymous.subscribed(Subscription.orders())).isFalse();

        StreamSession alice = new StreamSession("a", new Caller(1, "alice", Set.of(Role.USER), "s-1"), "127.0.0.1",
                sink, 0);
        commands.handle(alice, "{\"op\":\"subscribe\",\"channel\":\"orders\"}");
        assertThat(sink.frames.get(1).get("op").asText()).isEqualTo("subscribed");
        assertThat(alice.subscribed(Subscription.orders())).isTrue();
    }

    @Test
    void aDepthSubscriptionStartsWithTheCurrentSnapshot() {
        when(trading.depth(eq("BTC-USD"), anyInt())).thenReturn(new DepthView("BTC-USD", 42,
                List.of(new DepthView.Level(50_000 * ONE, ONE / 2)), List.of()));
        StreamSession session = anonymous();

        commands.handle(session, "{\"op\":\"subscribe\",\"channel\":\"depth\",\"symbol\":\"BTC-USD\"}");

        assertThat(sink.frames).hasSize(2);
        JsonNode ack = sink.frames.get(0);
        assertThat(ack.get("op").asText()).isEqualTo("subscribed");
        assertThat(ack.get("subscription").toString()).isEqualTo("{\"channel\":\"depth\",\"symbol\":\"BTC-USD\"}");
        assertThat(ack.has("channel")).as("only data frames have a top-level channel").isFalse();
        JsonNode snapshot = sink.frames.get(1);
        assertThat(snapshot.get("channel").asText()).isEqualTo("depth");
        assertThat(snapshot.get("sequence").asLong()).isEqualTo(42);
        assertThat(snapshot.get("bids").toString()).isEqualTo("[[\"50000\",\"0.5\"]]");
        assertThat(snapshot.get("asks").toString()).isEqualTo("[]");
    }

    @Test
    void depthUpdatesStartWithASnapshotAndCatchUpWithTheNewestBookAtOnce() {
        when(trading.depth(eq("BTC-USD"), anyInt())).thenReturn(new DepthView("BTC-USD", 42,
                List.of(new DepthView.Level(50_000 * ONE, ONE / 2)), List.of()));
        hub.onBookChanged(StreamHubTest.book("BTC-USD", 45));
        StreamSession session = anonymous();

        commands.handle(session, "{\"op\":\"subscribe\",\"channel\":\"depthUpdates\",\"symbol\":\"BTC-USD\"}");

        assertThat(sink.frames).hasSize(3);
        assertThat(sink.frames.get(0).get("subscription").toString())
                .isEqualTo("{\"channel\":\"depthUpdates\",\"symbol\":\"BTC-USD\"}");
        JsonNode snapshot = sink.frames.get(1);
        assertThat(snapshot.get("channel").asText()).isEqualTo("depthUpdates");
        assertThat(snapshot.get("type").asText()).isEqualTo("snapshot");
        assertThat(snapshot.get("sequence").asLong()).isEqualTo(42);
        assertThat(snapshot.get("bids").toString()).isEqualTo("[[\"50000\",\"0.5\"]]");
        JsonNode update = sink.frames.get(2);
        assertThat(update.get("type").asText()).isEqualTo("update");
        assertThat(update.get("previousSequence").asLong()).isEqualTo(42);
        assertThat(update.get("sequence").asLong()).isEqualTo(45);
        assertThat(update.get("bids").toString()).isEqualTo("[[\"50000\",\"0\"],[\"49999.5\",\"1\"]]");
        assertThat(update.get("asks").toString()).isEqualTo("[[\"50001\",\"2\"]]");
    }

    @Test
    void aCandleSubscriptionStartsWithTheCurrentCandleAndAnOlderLiveStateIsNotSentAfterIt() {
        when(trading.candles(new CandleQuery("BTC-USD", CandleInterval.M5, 0, 0, 1))).thenReturn(List.of(
                new CandleView("BTC-USD", CandleInterval.M5, 1_767_225_600_000L, 100 * ONE, 110 * ONE, 95 * ONE,
                        105 * ONE, 3 * ONE, 310 * ONE, 7)));
        StreamSession session = anonymous();

        commands.handle(session,
                "{\"op\":\"subscribe\",\"channel\":\"candles\",\"symbol\":\"BTC-USD\",\"interval\":\"5m\"}");
        hub.register(session);
        hub.onCandleChanged(new CandleChanged("c-6", "BTC-USD", "5m", 1_767_225_600_000L, 100 * ONE, 110 * ONE,
                95 * ONE, 104 * ONE, 2 * ONE, 206 * ONE, 6, 30, 0));
        hub.onCandleChanged(new CandleChanged("c-8", "BTC-USD", "5m", 1_767_225_600_000L, 100 * ONE, 110 * ONE,
                95 * ONE, 101 * ONE, 4 * ONE, 411 * ONE, 8, 32, 0));

        assertThat(sink.frames.get(0).get("subscription").toString())
                .isEqualTo("{\"channel\":\"candles\",\"symbol\":\"BTC-USD\",\"interval\":\"5m\"}");
        assertThat(sink.frames.subList(1, sink.frames.size())).extracting(f -> f.get("trades").asLong())
                .containsExactly(7L, 8L);
        JsonNode current = sink.frames.get(1);
        assertThat(current.get("channel").asText()).isEqualTo("candles");
        assertThat(current.get("interval").asText()).isEqualTo("5m");
        assertThat(current.get("openTime").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(current.get("closeTime").asText()).isEqualTo("2026-01-01T00:05:00Z");
        assertThat(current.get("close").asText()).isEqualTo("105");
        assertThat(current.get("quoteVolume").asText()).isEqualTo("310");
    }

    @Test
    void aTickerSubscriptionStartsWithTheCurrentFigures() {
        when(trading.ticker("BTC-USD")).thenReturn(new TickerView("BTC-USD", 102 * ONE, 100 * ONE, 105 * ONE,
                95 * ONE, 4 * ONE, 402 * ONE, 4, 1_767_139_260_000L, 1_767_225_630_000L, 17));
        StreamSession session = anonymous();

        commands.handle(session, "{\"op\":\"subscribe\",\"channel\":\"ticker\",\"symbol\":\"BTC-USD\"}");

        JsonNode ticker = sink.frames.get(1);
        assertThat(ticker.get("channel").asText()).isEqualTo("ticker");
        assertThat(ticker.get("last").asText()).isEqualTo("102");
        assertThat(ticker.get("change").asText()).isEqualTo("2");
        assertThat(ticker.get("changePercent").asText()).isEqualTo("2.00");
        assertThat(ticker.get("trades").asLong()).isEqualTo(4);
    }

    @Test
    void unknownSymbolsBadFramesAndTooManySubscriptionsAnswerErrorFrames() {
        StreamSession session = anonymous();
        commands.handle(session, "{\"op\":\"subscribe\",\"channel\":\"trades\",\"symbol\":\"DOGE-USD\"}");
        commands.handle(session, "{\"op\":\"subscribe\"");
        commands.handle(session, "{\"op\":\"subscribe\",\"channel\":\"trades\"}");
        assertError(sink.frames.get(0), "UNKNOWN_SYMBOL");
        assertError(sink.frames.get(1), "MALFORMED_REQUEST");
        assertError(sink.frames.get(2), "VALIDATION_FAILED");

        session.subscribe(Subscription.depth("BTC-USD"), 3);
        session.subscribe(Subscription.depth("ETH-USD"), 3);
        session.subscribe(Subscription.trades("ETH-USD"), 3);
        commands.handle(session, "{\"op\":\"subscribe\",\"channel\":\"trades\",\"symbol\":\"BTC-USD\"}");
        assertError(sink.frames.get(3), "VALIDATION_FAILED");
    }

    @Test
    void aProviderThatIsDownIsServiceUnavailableAndTheSessionStays() {
        when(trading.depth(eq("BTC-USD"), anyInt())).thenThrow(new IllegalStateException("no provider"));
        StreamSession session = anonymous();
        commands.handle(session, "{\"op\":\"subscribe\",\"channel\":\"depth\",\"symbol\":\"BTC-USD\"}");
        assertError(sink.frames.get(0), "SERVICE_UNAVAILABLE");
        assertThat(session.subscribed(Subscription.depth("BTC-USD"))).isFalse();
        assertThat(sink.closedWith).isNull();
    }

    @Test
    void unsubscribingStopsTheChannel() {
        StreamSession session = anonymous();
        commands.handle(session, "{\"op\":\"subscribe\",\"channel\":\"trades\",\"symbol\":\"BTC-USD\"}");
        commands.handle(session, "{\"op\":\"unsubscribe\",\"channel\":\"trades\",\"symbol\":\"BTC-USD\"}");
        assertThat(sink.frames).extracting(f -> f.get("op").asText()).containsExactly("subscribed", "unsubscribed");
        assertThat(session.subscribed(Subscription.trades("BTC-USD"))).isFalse();
    }

    private StreamSession anonymous() {
        return new StreamSession("s", null, "127.0.0.1", sink, 0);
    }

    private static void assertError(JsonNode frame, String code) {
        assertThat(frame.get("channel").asText()).isEqualTo("error");
        assertThat(frame.get("code").asText()).isEqualTo(code);
        assertThat(frame.get("message").asText()).isNotBlank();
    }
}
