package org.opentrade.system;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Instruments of a test's own, listed for this run: a system test that checks balances must not meet orders it did
 * not place (a venue someone traded on before `deploy/local/stack test` keeps its resting orders on BTC-USD). Each
 * test class asks for a symbol by a short tag; the symbol is listed in Nacos as an operator would, copying a listed
 * symbol's instrument and risk entries (BTC-USD unless told) under a name unique to this run ({@code T<tag><run>-USD},
 * same assets), and answers once an order on it reaches the engine. `infra.sh up` republishes the shipped documents, so the next `up`
 * delists what earlier runs listed.
 */
final class TestMarkets {
    static final String INSTRUMENTS = "opentrade-instruments.json";
    static final String RISK_RULES = "opentrade-risk-rules.json";
    static final Duration LISTED_WITHIN = Duration.ofSeconds(60);
    /** Six base-36 digits of the start time: unique per run, so a symbol never carries an earlier run's orders. */
    static final String RUN = Long.toString(System.currentTimeMillis() / 1_000 % 2_176_782_336L, 36).toUpperCase();
    private static final Map<String, String> LISTED = new ConcurrentHashMap<>();

    private TestMarkets() {
    }

    /** This run's symbol for TAG (1-4 capital letters), a copy of BTC-USD, listed and trading when this returns. */
    static String symbol(String tag) {
        return symbol(tag, "BTC-USD");
    }

    /** This run's symbol for TAG, a copy of the listed TEMPLATE (same assets, tick, fees, limits). */
    static String symbol(String tag, String template) {
        if (!tag.matches("[A-Z]{1,4}")) {
            throw new IllegalArgumentException("a tag is 1-4 capital letters: " + tag);
        }
        return LISTED.computeIfAbsent(tag, t -> list(t, template));
    }

    private static synchronized String list(String tag, String template) {
        String symbol = "T" + tag + "0".repeat(6 - RUN.length()) + RUN + "-USD";
        addCopy(INSTRUMENTS, template, symbol);
        addCopy(RISK_RULES, template, symbol);
        awaitTrading(symbol);
        return symbol;
    }

    /**
     * Adds a copy of TEMPLATE's entry under SYMBOL to a document that lists one entry per symbol: a JSON array
     * (instruments) or an object whose "symbols" array does (the risk rules).
     */
    private static void addCopy(String dataId, String templateSymbol, String symbol) {
        JsonNode document;
        try {
            document = Api.JSON.readTree(Nacos.config(dataId, "DEFAULT_GROUP"));
        } catch (IOException e) {
            throw new IllegalStateException(dataId + " in Nacos is not JSON", e);
        }
        JsonNode list = document.isArray() ? document : document.path("symbols");
        if (!(list instanceof ArrayNode entries)) {
            throw new IllegalStateException(dataId + " in Nacos lists no symbols");
        }
        ObjectNode template = null;
        for (JsonNode entry : entries) {
            if (entry.path("symbol").asText().equals(symbol)) {
                return;
            }
            if (entry.path("symbol").asText().equals(templateSymbol)) {
                template = (ObjectNode) entry;
            }
        }
        if (template == null) {
            throw new IllegalStateException(dataId + " has no " + templateSymbol + " entry to copy");
        }
        ObjectNode copy = template.deepCopy().put("symbol", symbol);
        // a new listing has no configured reference price: its price band starts with its first trade or two-sided
        // book (the tests trade at prices of their own)
        copy.remove("referencePrice");
        entries.add(copy);
        Nacos.publishConfig(dataId, "DEFAULT_GROUP", document.toString());
    }

    /**
     * Places and cancels an order on SYMBOL until one is accepted: the facade, the order validation, the risk rules
     * and the engine (started by the lease holder at its next check) all know the symbol then.
     */
    private static void awaitTrading(String symbol) {
        Api.Session probe = Money.fundedUser("listing-probe", "USD", 10 * Money.ONE);
        long deadline = System.nanoTime() + LISTED_WITHIN.toNanos();
        Api.Reply last;
        do {
            last = Trading.place(probe.token(), Trading.order(symbol, "BUY", "LIMIT", "1.00", "1", "GTC", false,
                    UUID.randomUUID().toString()));
            if (last.status() == 201) {
                Trading.cancelAll(probe.token());
                Trading.awaitSettled();
                return;
            }
            sleep(250);
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException(symbol + " not trading " + LISTED_WITHIN + " after it was listed: " + last);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
