package org.opentrade.system;

import java.io.IOException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The risk rules document in Nacos (`opentrade-risk-rules.json`), changed as an operator changes it in the console:
 * a test replaces its own symbol's entry or the monitoring section, and waits until the change shows.
 */
final class RiskRules {
    static final String DATA_ID = "opentrade-risk-rules.json";
    static final String GROUP = "DEFAULT_GROUP";
    /** The bound: the next order sees a change within 5 s. */
    static final Duration APPLIED_WITHIN = Duration.ofSeconds(5);

    private RiskRules() {
    }

    static ObjectNode document() {
        try {
            return (ObjectNode) Api.JSON.readTree(Nacos.config(DATA_ID, GROUP));
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException(DATA_ID + " in Nacos is not a JSON object", e);
        }
    }

    static void publish(String text) {
        Nacos.publishConfig(DATA_ID, GROUP, text);
    }

    /** Replaces SYMBOL's entry (its overrides of the defaults) with ENTRY; the symbol stays listed. */
    static void setSymbol(String symbol, ObjectNode entry) {
        ObjectNode document = document();
        ArrayNode symbols = (ArrayNode) document.path("symbols");
        for (int i = 0; i < symbols.size(); i++) {
            if (symbols.get(i).path("symbol").asText().equals(symbol)) {
                symbols.set(i, entry.deepCopy().put("symbol", symbol));
                publish(document.toString());
                return;
            }
        }
        symbols.add(entry.deepCopy().put("symbol", symbol));
        publish(document.toString());
    }

    /** Sets field NAME of the monitoring section's DETECTOR (null: of the section itself), in one change. */
    static void setMonitoring(String detector, String name, JsonNode value) {
        changeMonitoring(monitoring -> (detector == null ? monitoring : monitoring.with(detector)).set(name, value));
    }

    /** Changes the monitoring section (created when missing) and publishes the document once. */
    static void changeMonitoring(java.util.function.Consumer<ObjectNode> change) {
        ObjectNode document = document();
        change.accept(document.with("monitoring"));
        publish(document.toString());
    }

    static ObjectNode entry() {
        return Api.JSON.createObjectNode();
    }

    /** Polls CONDITION until it holds or TIMEOUT passes; answers how long it took (ms), or -1. */
    static long await(Duration timeout, BooleanSupplier condition) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return (System.nanoTime() - started) / 1_000_000;
            }
            Trading.sleep(100);
        }
        return -1;
    }
}
