package org.opentrade.facade.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.opentrade.api.trade.CandleInterval;
import org.opentrade.api.trade.DepthView;
import org.opentrade.api.trade.event.BookChanged;
import org.opentrade.api.trade.event.CandleChanged;
import org.opentrade.api.trade.event.OrderUpdated;
import org.opentrade.api.trade.event.TickerChanged;
import org.opentrade.api.trade.event.TradeExecuted;
import org.opentrade.api.user.Role;
import org.opentrade.facade.auth.Caller;

class StreamHubTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final long ONE = 100_000_000L;

    final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    final StreamHub hub = new StreamHub(StreamTestData.limits(), metrics);

    @Test
    void orderUpdatesReachOnlyTheOwnersSubscribedSessions() {
        RecordingSink aliceSink = new RecordingSink();
        RecordingSink aliceUnsubscribedSink = new RecordingSink();
        RecordingSink bobSink = new RecordingSink();
        RecordingSink anonymousSink = new RecordingSink();
        subscribed(session("a1", 1, aliceSink), Subscription.orders());
        session("a2", 1, aliceUnsubscribedSink);
        subscribed(session("b1", 2, bobSink), Subscription.orders());
        subscribed(anonymous("x1", anonymousSink), Subscription.orders());

        hub.onOrderUpdated(order("100", 1, "NEW", 1));
        hub.onOrderUpdated(order("200", 2, "NEW", 2));

        assertThat(aliceSink.orderIds()).containsExactly("100");
        assertThat(bobSink.orderIds()).containsExactly("200");
        assertThat(aliceUnsubscribedSink.frames).isEmpty();
        assertThat(anonymousSink.frames).isEmpty();
    }

    @Test
    void repeatedAndOlderOrderUpdatesAreDropped() {
        RecordingSink sink = new RecordingSink();
        subscribed(session("a1", 1, sink), Subscription.orders());

        hub.onOrderUpdated(order("100", 1, "NEW", 5));
        hub.onOrderUpdated(order("100", 1, "NEW", 5));
        hub.onOrderUpdated(order("100", 1, "PARTIALLY_FILLED", 7));
        hub.onOrderUpdated(order("100", 1, "NEW", 6));
        hub.onOrderUpdated(order("100", 1, "FILLED", 8));

        assertThat(sink.frames).extracting(f -> f.get("status").asText())
                .containsExactly("NEW", "PARTIALLY_FILLED", "FILLED");
        JsonNode first = sink.frames.get(0);
        assertThat(first.get("channel").asText()).isEqualTo("orders");
        assertThat(first.get("price").asText()).isEqualTo("50000");
        assertThat(first.get("quantity").asText()).isEqualTo("0.5");
        assertThat(first.get("time").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(first.has("userId")).as("the frame carries no user id").isFalse();
    }

    @Test
    void staleBooksAreDroppedAndOnlyDepthSubscribersOfTheSymbolGetThem() {
        RecordingSink btc = new RecordingSink();
        RecordingSink eth = new RecordingSink();
        subscribed(anonymous("s1", btc), Subscription.depth("BTC-USD"));
        subscribed(anonymous("s2", eth), Subscription.depth("ETH-USD"));

        hub.onBookChanged(book("BTC-USD", 10));
        hub.onBookChanged(book("BTC-USD", 9));
        hub.onBookChanged(book("BTC-USD", 10));
        hub.onBookChanged(book("BTC-USD", 12));

        assertThat(btc.frames).extracting(f -> f.get("sequence").asLong()).containsExactly(10L, 12L);
        assertThat(eth.frames).isEmpty();
        JsonNode frame = btc.frames.get(0);
        assertThat(frame.get("bids").get(0).get(0).asText()).isEqualTo("49999.5");
        assertThat(frame.get("asks").get(0).get(1).asText()).isEqualTo("2");
    }

    @Test
    void aSessionNeverGetsADepthOlderThanItsSnapshot() {
        RecordingSink sink = new RecordingSink();
        StreamSession session = subscribed(anonymous("s1", sink), Subscription.depth("BTC-USD"));
        session.sendDepth("BTC-USD", 20, "{\"sequence\":20}");

        hub.onBookChanged(book("BTC-USD", 19));
        hub.onBookChanged(book("BTC-USD", 21));

        assertThat(sink.frames).extracting(f -> f.get("sequence").asLong()).containsExactly(20L, 21L);
    }

    @Test
    void depthUpdatesChainEachSessionsBooksFromItsOwnSnapshotAndSkipStaleOnes() throws Exception {
        RecordingSink early = new RecordingSink();
        RecordingSink late = new RecordingSink();
        StreamSession first = subscribed(anonymous("s1", early), Subscription.depthUpdates("BTC-USD"));
        first.startDepthUpdates(DepthBook.of(new DepthView("BTC-USD", 3, List.of(), List.of()), 20));

        hub.onBookChanged(book("BTC-USD", 5, 100, 1));
        StreamSession second = subscribed(anonymous("s2", late), Subscription.depthUpdates("BTC-USD"));
        second.startDepthUpdates(DepthBook.of(new DepthView("BTC-USD", 6, List.of(new DepthView.Level(100 * ONE, 3 * ONE)),
                List.of()), 20));
        hub.onBookChanged(book("BTC-USD", 4, 100, 9)); // older than the last book: dropped
        hub.onBookChanged(book("BTC-USD", 8, 100, 2));
        hub.onBookChanged(book("BTC-USD", 9, 101, 1));

        assertThat(early.frames).extracting(f -> f.get("type").asText() + ":" + f.path("previousSequence").asLong()
                + ">" + f.get("sequence").asLong()).containsExactly("snapshot:0>3", "update:3>5", "update:5>8", "update:8>9");
        assertThat(late.frames).extracting(f -> f.get("type").asText() + ":" + f.path("previousSequence").asLong()
                + ">" + f.get("sequence").asLong()).containsExactly("snapshot:0>6", "update:6>8", "update:8>9");
        assertThat(late.frames.get(1).get("bids").toString()).as("from the session's own book of 3 at 100")
                .isEqualTo("[[\"100\",\"2\"]]");
        for (RecordingSink sink : List.of(early, late)) {
            DepthClient client = new DepthClient();
            sink.frames.forEach(client::accept);
            assertThat(client.gaps).isZero();
            assertThat(client.sequence).isEqualTo(9);
            assertThat(client.bids()).containsExactly(List.of("101", "1"));
            assertThat(client.asks()).containsExactly(List.of("50001", "2"));
        }
        assertThat(hub.latestBook("BTC-USD").sequence()).isEqualTo(9);
        assertThat(metrics.counter("opentrade.stream.frames.sent", "channel", "depthUpdates").count()).isEqualTo(5);
    }

    @Test
    void aSessionWithoutASnapshotYetGetsNoUpdatesAndUnsubscribingForgetsItsBook() {
        RecordingSink sink = new RecordingSink();
        StreamSession session = subscribed(anonymous("s1", sink), Subscription.depthUpdates("BTC-USD"));

        hub.onBookChanged(book("BTC-USD", 5, 100, 1));
        assertThat(sink.frames).isEmpty();

        session.startDepthUpdates(hub.latestBook("BTC-USD"));
        session.unsubscribe(Subscription.depthUpdates("BTC-USD"));
        hub.onBookChanged(book("BTC-USD", 6, 100, 2));
        assertThat(sink.frames).hasSize(1);
    }

    @Test
    void candlesGoToTheirSymbolAndIntervalOncePerStateNewestOnly() {
        RecordingSink minutes = new RecordingSink();
        RecordingSink hours = new RecordingSink();
        subscribed(anonymous("s1", minutes), Subscription.candles("BTC-USD", CandleInterval.M1));
        subscribed(anonymous("s2", hours), Subscription.candles("BTC-USD", CandleInterval.H1));

        hub.onCandleChanged(candle("1m", 60_000, 2));
        hub.onCandleChanged(candle("1m", 60_000, 2));
        hub.onCandleChanged(candle("1m", 60_000, 1));
        hub.onCandleChanged(candle("1m", 120_000, 1));
        hub.onCandleChanged(candle("1m", 60_000, 3)); // a later state of the previous minute still counts
        hub.onCandleChanged(candle("1h", 0, 5));

        assertThat(minutes.frames).extracting(f -> f.get("openTime").asText() + "/" + f.get("trades").asLong())
                .containsExactly("1970-01-01T00:01:00Z/2", "1970-01-01T00:02:00Z/1", "1970-01-01T00:01:00Z/3");
        assertThat(hours.frames).extracting(f -> f.get("interval").asText()).containsExactly("1h");
        assertThat(minutes.frames.get(0).get("closeTime").asText()).isEqualTo("1970-01-01T00:02:00Z");
    }

    @Test
    void tickersAreNewerByLastTradeThenByWindow() {
        RecordingSink sink = new RecordingSink();
        StreamSession session = subscribed(anonymous("s1", sink), Subscription.ticker("BTC-USD"));

        hub.onTickerChanged(ticker(10, 60_000));
        hub.onTickerChanged(ticker(10, 60_000));
        hub.onTickerChanged(ticker(10, 120_000));
        hub.onTickerChanged(ticker(9, 180_000));
        hub.onTickerChanged(ticker(11, 120_000));
        session.unsubscribe(Subscription.ticker("BTC-USD"));
        subscribed(session, Subscription.ticker("BTC-USD"));
        assertThat(session.sendVersioned(Subscription.ticker("BTC-USD"), StreamHub.tickerKey("BTC-USD"), 11, 120_000,
                "{\"snapshot\":true}")).as("a new subscription takes its snapshot again").isTrue();

        assertThat(sink.frames.subList(0, 3)).extracting(f -> f.get("trades").asLong()).containsExactly(10L, 10L, 11L);
        assertThat(sink.frames.get(0).get("last").asText()).isEqualTo("101");
        assertThat(sink.frames.get(0).get("changePercent").asText()).isEqualTo("1.00");
    }

    @Test
    void tradesAreSentOncePerTradeIdToTheSymbolsSubscribers() {
        RecordingSink sink = new RecordingSink();
        RecordingSink depthOnly = new RecordingSink();
        subscribed(anonymous("s1", sink), Subscription.trades("BTC-USD"));
        subscribed(anonymous("s2", depthOnly), Subscription.depth("BTC-USD"));

        TradeExecuted trade = new TradeExecuted("e1", "BTC-USD-17", "BTC-USD", 50_000 * ONE, ONE / 4, "BUY",
                1_767_225_600_000L);
        hub.onTradeExecuted(trade);
        hub.onTradeExecuted(trade);

        assertThat(sink.frames).hasSize(1);
        JsonNode frame = sink.frames.get(0);
        assertThat(frame.get("channel").asText()).isEqualTo("trades");
        assertThat(frame.get("tradeId").asText()).isEqualTo("BTC-USD-17");
        assertThat(frame.get("quantity").asText()).isEqualTo("0.25");
        assertThat(frame.get("takerSide").asText()).isEqualTo("BUY");
        assertThat(depthOnly.frames).isEmpty();
        assertThat(metrics.counter("opentrade.stream.frames.sent", "channel", "trades").count()).isEqualTo(1);
    }

    @Test
    void sessionsAreCappedAndIdleOnesClosed() {
        StreamHub small = new StreamHub(StreamTestData.limits(2, 10, 1_000), metrics);
        RecordingSink idle = new RecordingSink();
        assertThat(small.register(new StreamSession("1", null, "127.0.0.1", idle, 0))).isTrue();
        assertThat(small.register(new StreamSession("2", null, "127.0.0.1", new RecordingSink(), 900))).isTrue();
        assertThat(small.register(new StreamSession("3", null, "127.0.0.1", new RecordingSink(), 900))).isFalse();
        assertThat(small.full()).isTrue();

        assertThat(small.closeIdle(1_500)).isEqualTo(1);
        assertThat(idle.closedWith).isEqualTo(StreamCloseStatus.POLICY_VIOLATION);
        assertThat(small.full()).isFalse();
        assertThat(small.register(new StreamSession("3", null, "127.0.0.1", new RecordingSink(), 1_500))).isTrue();
    }

    @Test
    void oneUserAndOneAddressHoldAtMostTheirCapsAndClosingASessionGivesItsPlaceBack() {
        StreamHub capped = new StreamHub(StreamTestData.caps(100, 2, 3), metrics);
        Caller alice = new Caller(1, "alice", Set.of(Role.USER), "s-1");
        assertThat(capped.register(new StreamSession("a1", alice, "198.51.100.1", new RecordingSink(), 0))).isTrue();
        assertThat(capped.register(new StreamSession("a2", alice, "198.51.100.2", new RecordingSink(), 0))).isTrue();
        assertThat(capped.admits("198.51.100.3", 1L)).isFalse();
        assertThat(capped.register(new StreamSession("a3", alice, "198.51.100.3", new RecordingSink(), 0)))
                .as("a third socket of alice, from anywhere").isFalse();
        assertThat(capped.admits("198.51.100.3", 2L)).as("another user there").isTrue();

        for (String id : new String[] {"x1", "x2", "x3"}) {
            assertThat(capped.register(new StreamSession(id, null, "203.0.113.9", new RecordingSink(), 0))).isTrue();
        }
        assertThat(capped.register(new StreamSession("x4", null, "203.0.113.9", new RecordingSink(), 0)))
                .as("a fourth socket from one address, anonymous").isFalse();
        assertThat(capped.admits("203.0.113.9", 2L)).as("a user behind that address too").isFalse();

        capped.unregister("a1");
        capped.unregister("x1");
        assertThat(capped.register(new StreamSession("a3", alice, "198.51.100.3", new RecordingSink(), 0))).isTrue();
        assertThat(capped.register(new StreamSession("x4", null, "203.0.113.9", new RecordingSink(), 0))).isTrue();
    }

    @Test
    void aSessionRefusedByTheInstanceCapTakesNoPlaceOfItsUser() {
        StreamHub one = new StreamHub(StreamTestData.caps(1, 2, 3), metrics);
        Caller bob = new Caller(2, "bob", Set.of(Role.USER), "s-2");
        assertThat(one.register(new StreamSession("b1", bob, "198.51.100.1", new RecordingSink(), 0))).isTrue();
        assertThat(one.register(new StreamSession("b2", bob, "198.51.100.1", new RecordingSink(), 0))).isFalse();
        one.unregister("b1");
        assertThat(one.register(new StreamSession("b3", bob, "198.51.100.1", new RecordingSink(), 0))).isTrue();
        assertThat(one.register(new StreamSession("b4", null, "198.51.100.7", new RecordingSink(), 0))).isFalse();
        one.unregister("b3");
        assertThat(one.admits("198.51.100.1", 2L)).isTrue();
    }

    @Test
    void aSessionHoldsABoundedNumberOfSubscriptionsAndAFrameRate() {
        StreamSession session = new StreamSession("1", null, "127.0.0.1", new RecordingSink(), 0);
        assertThat(session.subscribe(Subscription.depth("BTC-USD"), 2)).isTrue();
        assertThat(session.subscribe(Subscription.trades("BTC-USD"), 2)).isTrue();
        assertThat(session.subscribe(Subscription.trades("BTC-USD"), 2)).as("already held").isTrue();
        assertThat(session.subscribe(Subscription.depth("ETH-USD"), 2)).isFalse();

        for (int i = 0; i < 3; i++) {
            assertThat(session.acceptInbound(100 + i, 3)).isTrue();
        }
        assertThat(session.acceptInbound(200, 3)).isFalse();
        assertThat(session.acceptInbound(1_200, 3)).as("a new second").isTrue();
    }

    private StreamSession session(String id, long userId, RecordingSink sink) {
        StreamSession session = new StreamSession(id, new Caller(userId, "user" + userId, Set.of(Role.USER), "s-" + userId),
                "127.0.0.1", sink, 0);
        assertThat(hub.register(session)).isTrue();
        return session;
    }

    private StreamSession anonymous(String id, RecordingSink sink) {
        StreamSession session = new StreamSession(id, null, "127.0.0.1", sink, 0);
        assertThat(hub.register(session)).isTrue();
        return session;
    }

    private static StreamSession subscribed(StreamSession session, Subscription subscription) {
        assertThat(session.subscribe(subscription, 10)).isTrue();
        return session;
    }

    static OrderUpdated order(String orderId, long userId, String status, long sequence) {
        return new OrderUpdated("e-" + orderId + "-" + sequence, orderId, userId, "c-" + orderId, "BTC-USD", "BUY",
                status, 50_000 * ONE, ONE / 2, 0, null, sequence, 1_767_225_600_000L);
    }

    /** A book with one bid of {@code quantity} at {@code bid} and the usual ask. */
    static BookChanged book(String symbol, long sequence, long bid, long quantity) {
        return new BookChanged("b-" + sequence, symbol, sequence, List.of(new DepthView.Level(bid * ONE, quantity * ONE)),
                List.of(new DepthView.Level(50_001 * ONE, 2 * ONE)), 1_767_225_600_000L);
    }

    static CandleChanged candle(String interval, long openTimeMs, long trades) {
        return new CandleChanged("c", "BTC-USD", interval, openTimeMs, 100 * ONE, 101 * ONE, 99 * ONE, 100 * ONE,
                trades * ONE, trades * 100 * ONE, trades, 1_000 + trades, 0);
    }

    static TickerChanged ticker(long lastTradeId, long openTimeMs) {
        return new TickerChanged("t", "BTC-USD", 101 * ONE, 100 * ONE, 102 * ONE, 99 * ONE, ONE, 100 * ONE,
                lastTradeId, openTimeMs, openTimeMs + 86_400_000L, lastTradeId, 0);
    }

    static BookChanged book(String symbol, long sequence) {
        return new BookChanged("b-" + sequence, symbol, sequence,
                List.of(new DepthView.Level(49_999 * ONE + ONE / 2, ONE)),
                List.of(new DepthView.Level(50_001 * ONE, 2 * ONE)), 1_767_225_600_000L);
    }

    static final class RecordingSink implements StreamSession.Sink {
        final List<JsonNode> frames = new ArrayList<>();
        Integer closedWith;

        @Override
        public boolean send(String text) {
            try {
                frames.add(JSON.readTree(text));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            return true;
        }

        @Override
        public void close(int status, String reason) {
            closedWith = status;
        }

        List<String> orderIds() {
            return frames.stream().map(f -> f.get("orderId").asText()).toList();
        }
    }
}
