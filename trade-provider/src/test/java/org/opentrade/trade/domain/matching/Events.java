package org.opentrade.trade.domain.matching;

import java.util.List;

import org.opentrade.trade.domain.matching.event.EngineEvent;
import org.opentrade.trade.domain.matching.event.Trade;

/** Small readers over event lists, for assertions. */
public final class Events {

    private Events() {
    }

    public static List<Trade> trades(List<EngineEvent> events) {
        return ofType(events, Trade.class);
    }

    public static <T extends EngineEvent> List<T> ofType(List<EngineEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Event classes in order, e.g. [OrderAccepted, Trade, OrderFilled]. */
    public static List<Class<?>> kinds(List<EngineEvent> events) {
        return events.stream().<Class<?>>map(Object::getClass).toList();
    }
}
