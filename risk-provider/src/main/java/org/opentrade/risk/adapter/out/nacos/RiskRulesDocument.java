package org.opentrade.risk.adapter.out.nacos;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.opentrade.api.money.Decimal8;
import org.opentrade.risk.domain.pretrade.RiskRuleSet;
import org.opentrade.risk.domain.pretrade.SymbolLimits;

/**
 * Reads {@code opentrade-risk-rules.json}: {@code defaults} (every limit), {@code symbols} (one entry per tradable
 * symbol, any default overridden, an optional {@code referencePrice}); other top-level keys belong to other readers
 * ({@code monitoring}). Amounts and prices are decimal strings, counts JSON integers. Anything doubtful refuses the
 * whole document (IllegalArgumentException, naming the place): an unknown field is a typo that would otherwise
 * silently leave a default in force.
 */
final class RiskRulesDocument {
    static final Set<String> AMOUNTS = Set.of("orderQuantityMax", "orderNotionalMax", "priceBandPercent",
            "dailyNotionalMax");
    static final Set<String> COUNTS = Set.of("ordersPerSecondMax", "ordersPerMinuteMax", "openOrdersMax");
    static final String SYMBOL = "symbol";
    static final String REFERENCE_PRICE = "referencePrice";
    /** Far above any venue's listing; bounds the work of a hostile or broken document. */
    static final int SYMBOLS_MAX = 10_000;

    private RiskRulesDocument() {
    }

    static RiskRuleSet parse(ObjectMapper json, String text) {
        JsonNode root = readTree(json, text);
        JsonNode defaults = root.path("defaults");
        if (!defaults.isObject() || defaults.isEmpty()) {
            throw new IllegalArgumentException("no \"defaults\" object with the limits every symbol starts from");
        }
        knownFieldsOnly(defaults, "defaults", false);
        JsonNode symbols = root.path("symbols");
        if (!symbols.isArray() || symbols.isEmpty()) {
            throw new IllegalArgumentException("no \"symbols\": without a symbol entry nothing could trade");
        }
        if (symbols.size() > SYMBOLS_MAX) {
            throw new IllegalArgumentException(symbols.size() + " symbols, the maximum is " + SYMBOLS_MAX);
        }
        Map<String, SymbolLimits> bySymbol = new HashMap<>();
        for (JsonNode entry : symbols) {
            SymbolLimits limits = symbolLimits(entry, defaults);
            if (bySymbol.put(limits.symbol(), limits) != null) {
                throw new IllegalArgumentException(limits.symbol() + " is listed twice");
            }
        }
        return new RiskRuleSet(bySymbol);
    }

    private static JsonNode readTree(ObjectMapper json, String text) {
        try {
            JsonNode root = text == null ? null : json.readTree(text);
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("not a JSON object with \"defaults\" and \"symbols\"");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static SymbolLimits symbolLimits(JsonNode entry, JsonNode defaults) {
        if (!entry.isObject() || !entry.path(SYMBOL).isTextual()) {
            throw new IllegalArgumentException("a symbol entry is not an object with a \"symbol\" string: " + entry);
        }
        String symbol = entry.get(SYMBOL).asText();
        knownFieldsOnly(entry, symbol, true);
        Fields fields = new Fields(symbol, entry, defaults);
        return new SymbolLimits(symbol, fields.amount("orderQuantityMax"), fields.amount("orderNotionalMax"),
                fields.amount("priceBandPercent"), fields.count("ordersPerSecondMax"),
                fields.count("ordersPerMinuteMax"), fields.count("openOrdersMax"), fields.amount("dailyNotionalMax"),
                entry.has(REFERENCE_PRICE) ? amount(symbol, REFERENCE_PRICE, entry.get(REFERENCE_PRICE)) : 0);
    }

    /** A reference price is a fact of one symbol: as a default it would be wrong for every other. */
    private static void knownFieldsOnly(JsonNode object, String where, boolean symbolEntry) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            boolean known = AMOUNTS.contains(name) || COUNTS.contains(name)
                    || symbolEntry && (name.equals(SYMBOL) || name.equals(REFERENCE_PRICE));
            if (!known) {
                throw new IllegalArgumentException(where + ": unknown field \"" + name + "\"");
            }
        }
    }

    /** A symbol's field, or the default's when the symbol does not override it. */
    private record Fields(String symbol, JsonNode entry, JsonNode defaults) {
        long amount(String name) {
            return RiskRulesDocument.amount(symbol, name, value(name));
        }

        int count(String name) {
            JsonNode value = value(name);
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw new IllegalArgumentException(symbol + ": " + name + " must be a JSON integer, not " + value);
            }
            return value.intValue();
        }

        private JsonNode value(String name) {
            JsonNode value = entry.has(name) ? entry.get(name) : defaults.get(name);
            if (value == null) {
                throw new IllegalArgumentException(symbol + ": no " + name + ", neither its own nor a default");
            }
            return value;
        }
    }

    /** Decimal strings only: a JSON number such as 0.1 is a double on the way in, and money never is. */
    private static long amount(String symbol, String name, JsonNode value) {
        if (!value.isTextual()) {
            throw new IllegalArgumentException(symbol + ": " + name + " must be a decimal string, not " + value);
        }
        try {
            return Decimal8.parse(value.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(symbol + ": " + name + ": " + e.getMessage(), e);
        }
    }
}
