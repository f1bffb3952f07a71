package org.opentrade.facade.stream;

import java.io.IOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.opentrade.api.trade.event.BookChanged;
import org.opentrade.api.trade.event.CandleChanged;
import org.opentrade.api.trade.event.OrderUpdated;
import org.opentrade.api.trade.event.TickerChanged;
import org.opentrade.api.trade.event.TradeExecuted;

/**
 * Turns a RocketMQ message (tag = the event record's simple name, JSON body) into a call on the hub. Read
 * leniently, unlike client frames: trade-provider may add fields before this facade knows them. A body that cannot
 * be read is reported as false and skipped, never retried: one bad message must not stall the stream.
 */
final class StreamEvents {
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final StreamHub hub;

    StreamEvents(StreamHub hub) {
        this.hub = hub;
    }

    /** False when the tag is unknown or the body unreadable. */
    boolean dispatch(String tag, byte[] body) {
        try {
            if (OrderUpdated.class.getSimpleName().equals(tag)) {
                hub.onOrderUpdated(json.readValue(body, OrderUpdated.class));
            } else if (TradeExecuted.class.getSimpleName().equals(tag)) {
                hub.onTradeExecuted(json.readValue(body, TradeExecuted.class));
            } else if (BookChanged.class.getSimpleName().equals(tag)) {
                hub.onBookChanged(json.readValue(body, BookChanged.class));
            } else if (CandleChanged.class.getSimpleName().equals(tag)) {
                hub.onCandleChanged(json.readValue(body, CandleChanged.class));
            } else if (TickerChanged.class.getSimpleName().equals(tag)) {
                hub.onTickerChanged(json.readValue(body, TickerChanged.class));
            } else {
                return false;
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
