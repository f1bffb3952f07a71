package org.opentrade.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hostile inputs for one operation of the OpenAPI document, from a seeded {@link Random}: bodies built from the
 * operation's schema and then broken (wrong types, nulls, huge numbers, deep nesting, long strings, bad UTF-8,
 * oversized, not JSON at all), and path and query values of every wrong kind. The untouched shape is valid but
 * moves no money: amounts, prices and quantities are "0", so no deposit, order or withdrawal can succeed.
 */
final class FuzzCases {
    static final int BODY_BYTES_MAX = 64 * 1024;
    static final int DEEP = 5_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, String> GOOD_STRINGS = Map.ofEntries(
            Map.entry("symbol", "BTC-USD"), Map.entry("side", "BUY"), Map.entry("type", "LIMIT"),
            Map.entry("timeInForce", "GTC"), Map.entry("asset", "USD"), Map.entry("amount", "0"),
            Map.entry("price", "0"), Map.entry("quantity", "0"), Map.entry("password", "vault-lantern-42"),
            Map.entry("currentPassword", "not-the-password-9"), Map.entry("newPassword", "quiet-harbour-lamp-3"),
            Map.entry("toUsername", "nobody-fuzz-recipient"));

    /** One request body: the bytes and the content type to send them with. */
    record Body(String label, byte[] bytes, String contentType) {
        static Body json(String label, String text) {
            return new Body(label, text.getBytes(StandardCharsets.UTF_8), "application/json");
        }
    }

    private final Random random;
    private final JsonNode components;

    FuzzCases(Random random, JsonNode document) {
        this.random = random;
        this.components = document.path("components").path("schemas");
    }

    /** Broken bodies for a schema, at most {@code count}, chosen at random from every kind of breakage. */
    List<Body> bodies(JsonNode schemaOrMissing, int count) {
        ObjectNode valid = schemaOrMissing.isMissingNode() ? NODES.objectNode() : baseline(resolve(schemaOrMissing));
        List<Body> all = new ArrayList<>();
        for (Iterator<String> fields = valid.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            all.add(with(valid, field, wrongType(valid.get(field)), "wrong type of " + field));
            all.add(with(valid, field, NODES.nullNode(), "null " + field));
            all.add(with(valid, field, NODES.numberNode(new java.math.BigDecimal("1e400")), "huge number in " + field));
            all.add(with(valid, field, NODES.textNode("9".repeat(400)), "huge decimal string in " + field));
            all.add(with(valid, field, NODES.textNode("\u00e9\u202e\u0000x".repeat(3_000)), "long string in " + field));
            all.add(with(valid, field, nested(200), "nested value in " + field));
            ObjectNode without = valid.deepCopy();
            without.remove(field);
            all.add(Body.json("missing " + field, without.toString()));
            all.add(badUtf8(valid, field));
        }
        all.add(Body.json("valid shape", valid.toString()));
        all.add(Body.json("unknown field", valid.deepCopy().put("isAdmin", true).toString()));
        all.add(Body.json("deeply nested", "[".repeat(DEEP) + "]".repeat(DEEP)));
        all.add(Body.json("deeply nested object", "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP)));
        all.add(Body.json("oversized", "{\"pad\":\"" + "x".repeat(BODY_BYTES_MAX + 10) + "\"}"));
        all.add(Body.json("empty", ""));
        all.add(Body.json("null", "null"));
        all.add(Body.json("array", "[" + valid + "]"));
        all.add(Body.json("truncated", valid.toString().substring(0, Math.max(1, valid.toString().length() / 2))));
        all.add(Body.json("number", "-9223372036854775809"));
        all.add(new Body("not json", "username=a&password=b".getBytes(StandardCharsets.UTF_8), "text/plain"));
        all.add(new Body("binary", randomBytes(512), "application/json"));
        all.add(new Body("unknown charset", valid.toString().getBytes(StandardCharsets.UTF_8),
                "application/json; charset=no-such-charset"));
        all.add(new Body("UTF-16 body", valid.toString().getBytes(StandardCharsets.UTF_16), "application/json"));
        return pick(all, count);
    }

    /** Values for a path or query parameter that are wrong in every way a client could be. */
    List<String> parameterValues(int count) {
        List<String> all = new ArrayList<>(List.of("0", "-1", "1", "9223372036854775808", "-9223372036854775809",
                "1e400", "abc", "%C3%A9", "%FF%FE", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "'%20OR%201=1--",
                "%3Cscript%3E", "x".repeat(3_000), "%20", "null", "true", "%E2%80%AE", "BTC-USD", "W1"));
        return pick(all, count);
    }

    private ObjectNode baseline(JsonNode schema) {
        ObjectNode object = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode type = resolve(property.getValue());
            switch (type.path("type").asText("string")) {
                case "integer", "number" -> object.put(property.getKey(), 1);
                case "boolean" -> object.put(property.getKey(), false);
                case "object" -> object.set(property.getKey(), baseline(type));
                case "array" -> object.set(property.getKey(), NODES.arrayNode());
                default -> object.put(property.getKey(), GOOD_STRINGS.getOrDefault(property.getKey(),
                        "fuzz" + Integer.toHexString(random.nextInt())));
            }
        }
        return object;
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/components/schemas/") ? components.path(ref.substring(21)) : schema;
    }

    private JsonNode wrongType(JsonNode value) {
        if (value.isTextual()) {
            return random.nextBoolean() ? NODES.numberNode(12.5) : NODES.booleanNode(true);
        }
        if (value.isNumber()) {
            return NODES.textNode("twelve");
        }
        if (value.isBoolean()) {
            return NODES.textNode("yes");
        }
        return NODES.textNode("not an object");
    }

    private static JsonNode nested(int depth) {
        JsonNode node = NODES.textNode("x");
        for (int i = 0; i < depth; i++) {
            node = i % 2 == 0 ? NODES.arrayNode().add(node) : NODES.objectNode().set("a", node);
        }
        return node;
    }

    private static Body with(ObjectNode valid, String field, JsonNode value, String label) {
        ObjectNode copy = valid.deepCopy();
        copy.set(field, value);
        return Body.json(label, copy.toString());
    }

    /** The field's string cut by bytes that are not UTF-8 (a lone continuation byte, an overlong form, 0xFF). */
    private static Body badUtf8(ObjectNode valid, String field) {
        String marker = "BADUTF8MARK";
        String[] around = withText(valid, field, marker).split(marker, 2);
        byte[] before = around[0].getBytes(StandardCharsets.UTF_8);
        byte[] after = around[1].getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0x80, (byte) 0xC0, (byte) 0xAF, (byte) 0xFF, 'x'};
        byte[] out = new byte[before.length + bad.length + after.length];
        System.arraycopy(before, 0, out, 0, before.length);
        System.arraycopy(bad, 0, out, before.length, bad.length);
        System.arraycopy(after, 0, out, before.length + bad.length, after.length);
        return new Body("bad UTF-8 in " + field, out, "application/json");
    }

    private static String withText(ObjectNode valid, String field, String text) {
        ObjectNode copy = valid.deepCopy();
        copy.put(field, text);
        return copy.toString();
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private <T> List<T> pick(List<T> all, int count) {
        List<T> shuffled = new ArrayList<>(all);
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }
}
