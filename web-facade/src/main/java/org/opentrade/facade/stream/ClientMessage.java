package org.opentrade.facade.stream;

import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.trade.CandleInterval;

/**
 * A client frame, read strictly: a JSON object with {@code op} ("subscribe", "unsubscribe", "ping"), and for
 * (un)subscribe a {@code channel} ({@link Channel#NAMES}) plus a {@code symbol} for the public channels and an
 * {@code interval} ("1m" ... "1d") for "candles". Unknown fields, wrong types, a symbol on "orders" and an interval on
 * anything but "candles" are refused, like the REST API refuses them.
 */
record ClientMessage(Op op, Subscription subscription) {
    enum Op { SUBSCRIBE, UNSUBSCRIBE, PING }

    static final Pattern SYMBOL = Pattern.compile("[A-Z0-9]{1,10}-[A-Z0-9]{1,10}");
    private static final Set<String> FIELDS = Set.of("op", "channel", "symbol", "interval");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** @throws BusinessException MALFORMED_REQUEST (not a JSON object) or VALIDATION_FAILED (a wrong field) */
    static ClientMessage parse(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BusinessException(ErrorCode.MALFORMED_REQUEST, "A frame is one JSON object");
        }
        if (root == null || !root.isObject()) {
            throw new BusinessException(ErrorCode.MALFORMED_REQUEST, "A frame is one JSON object");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw invalid("Unknown field: " + abbreviated(name));
            }
        }
        String opName = text(root, "op");
        if (opName == null) {
            throw invalid("op is required");
        }
        Op op = switch (opName) {
            case "subscribe" -> Op.SUBSCRIBE;
            case "unsubscribe" -> Op.UNSUBSCRIBE;
            case "ping" -> Op.PING;
            default -> throw invalid("op is one of subscribe, unsubscribe, ping");
        };
        return op == Op.PING ? new ClientMessage(op, null) : new ClientMessage(op, subscription(root));
    }

    private static Subscription subscription(JsonNode root) {
        String channelName = text(root, "channel");
        if (channelName == null) {
            throw invalid("channel is required");
        }
        Channel channel = Channel.ofWire(channelName)
                .orElseThrow(() -> invalid("channel is one of " + Channel.NAMES));
        String symbol = text(root, "symbol");
        CandleInterval interval = interval(channel, text(root, "interval"));
        if (!channel.perSymbol()) {
            if (symbol != null) {
                throw invalid("orders takes no symbol");
            }
            return new Subscription(channel, null);
        }
        if (symbol == null || !SYMBOL.matcher(symbol).matches()) {
            throw invalid("symbol is required, e.g. BTC-USD");
        }
        return new Subscription(channel, symbol, interval);
    }

    /** Candles need one; no other channel takes one. */
    private static CandleInterval interval(Channel channel, String wire) {
        if (channel != Channel.CANDLES) {
            if (wire != null) {
                throw invalid("only candles takes an interval");
            }
            return null;
        }
        return CandleInterval.ofWire(wire).orElseThrow(() -> invalid("candles needs an interval, one of "
                + CandleInterval.WIRE_NAMES.replace("|", ", ")));
    }

    /** The field's text, null when absent or JSON null; any other type is refused (no coercion). */
    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw invalid(field + " must be a string");
        }
        return node.asText();
    }

    private static String abbreviated(String name) {
        return name.length() <= 32 ? name : name.substring(0, 32) + "...";
    }

    private static BusinessException invalid(String message) {
        return new BusinessException(ErrorCode.VALIDATION_FAILED, message);
    }
}
