package org.opentrade.risk.adapter.out.nacos;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.opentrade.api.money.Decimal8;

/**
 * One JSON object of a rules document as operators write it, read field by field with a fallback for each field that
 * is missing. Every error is an IllegalArgumentException that names the field by its path, e.g.
 * {@code monitoring.washTrading.windowSeconds}, so that the operator who made it can find it.
 */
final class JsonSection {
    private final String path;
    private final JsonNode object;

    private JsonSection(String path, JsonNode object) {
        this.path = path;
        this.object = object;
    }

    /**
     * The object at {@code path}; missing or null reads as empty (every field takes its fallback). A field not in
     * {@code fields} is refused: a misspelt field would otherwise silently leave its threshold at the default.
     */
    static JsonSection of(String path, JsonNode node, Set<String> fields) {
        if (node == null || node.isNull()) {
            return new JsonSection(path, null);
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(path + ": must be an object, was " + node.getNodeType());
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new IllegalArgumentException(path + "." + name + ": unknown field (known: " + new TreeSet<>(fields)
                        + ")");
            }
        }
        return new JsonSection(path, node);
    }

    JsonSection section(String name, Set<String> fields) {
        return of(path + "." + name, field(name), fields);
    }

    boolean bool(String name, boolean fallback) {
        JsonNode value = field(name);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw invalid(name, "must be true or false, was " + value);
        }
        return value.booleanValue();
    }

    int integer(String name, int fallback) {
        JsonNode value = field(name);
        if (value == null) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw invalid(name, "must be a whole number, was " + value);
        }
        return value.intValue();
    }

    /** A positive whole number of seconds, in milliseconds. */
    long millisFromSeconds(String name, long fallbackMs) {
        JsonNode value = field(name);
        if (value == null) {
            return fallbackMs;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() <= 0) {
            throw invalid(name, "must be a positive whole number of seconds, was " + value);
        }
        try {
            return Math.multiplyExact(value.longValue(), 1_000L);
        } catch (ArithmeticException tooLong) {
            throw invalid(name, "is too long: " + value);
        }
    }

    /** An amount as a decimal string, in 10^-8 units: a JSON number may already have lost digits when it was read. */
    long decimal(String name, long fallback) {
        JsonNode value = field(name);
        if (value == null) {
            return fallback;
        }
        if (!value.isTextual()) {
            throw invalid(name, "must be a decimal string such as \"1000000\", was " + value);
        }
        try {
            return Decimal8.parse(value.textValue());
        } catch (IllegalArgumentException notADecimal) {
            throw invalid(name, notADecimal.getMessage());
        }
    }

    <E extends Enum<E>> E oneOf(String name, Class<E> type, E fallback) {
        JsonNode value = field(name);
        if (value == null) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (value.isTextual() && constant.name().equals(value.textValue())) {
                return constant;
            }
        }
        throw invalid(name, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", was " + value);
    }

    /** Builds what this section describes; a bound the built record refuses is reported under this section's path. */
    <T> T build(Supplier<T> construction) {
        try {
            return construction.get();
        } catch (IllegalArgumentException refused) {
            throw new IllegalArgumentException(path + ": " + refused.getMessage(), refused);
        }
    }

    private JsonNode field(String name) {
        JsonNode value = object == null ? null : object.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private IllegalArgumentException invalid(String name, String why) {
        return new IllegalArgumentException(path + "." + name + ": " + why);
    }
}
