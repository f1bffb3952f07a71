import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A bot's first steps with an opentrade API key: read the server's clock, place a LIMIT BUY far below the market and
 * cancel it, printing every answer. JDK 17, no dependencies:
 *
 * <pre>java examples/signed-client/SignedClient.java BASE_URL KEY_ID SECRET [SYMBOL [PRICE QUANTITY]]</pre>
 *
 * The key needs the trade scope. Without PRICE and QUANTITY it buys at half the best bid (or ask) for about twice the
 * instrument's minimum notional. Exit code 0 when the order was placed and canceled, 1 when the venue refused a step,
 * 2 for bad arguments.
 */
public class SignedClient {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String base;
    final String keyId;
    /** Keyed with the secret's characters; one thread here, so one Mac (made up front: loading it takes a while). */
    final Mac mac;
    long clockOffsetMs;

    SignedClient(String base, String keyId, String secret) throws Exception {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.keyId = keyId;
        this.mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 && args.length != 4 && args.length != 6) {
            System.err.println("usage: java SignedClient.java BASE_URL KEY_ID SECRET [SYMBOL [PRICE QUANTITY]]");
            System.exit(2);
        }
        SignedClient client = new SignedClient(args[0], args[1], args[2]);
        String symbol = args.length > 3 ? args[3] : "BTC-USD";
        try {
            client.syncClock();
        } catch (java.io.IOException unreachable) {
            System.err.println("cannot reach " + client.base + ": " + unreachable);
            System.exit(1);
        }
        String[] priceAndQuantity = args.length == 6 ? new String[] {args[4], args[5]} : client.farBelow(symbol);
        String order = "{\"symbol\":\"" + symbol + "\",\"side\":\"BUY\",\"type\":\"LIMIT\",\"timeInForce\":\"GTC\","
                + "\"price\":\"" + priceAndQuantity[0] + "\",\"quantity\":\"" + priceAndQuantity[1]
                + "\",\"clientOrderId\":\"example-" + UUID.randomUUID() + "\"}";
        HttpResponse<String> placed = client.signed("POST", "/api/v1/orders", "", order);
        client.print("place", placed);
        if (placed.statusCode() != 201) {
            System.exit(1);
        }
        String orderId = field(placed.body(), "orderId");
        HttpResponse<String> canceled = client.signed("DELETE", "/api/v1/orders/" + orderId, "", "");
        client.print("cancel", canceled);
        System.exit(canceled.statusCode() == 200 && "CANCELED".equals(field(canceled.body(), "status")) ? 0 : 1);
    }

    /**
     * Signs with the server's clock: a request must arrive within 5 s of its timestamp, either way. Of three readings
     * the one with the shortest round trip is the most exact (the first also pays for the connection).
     */
    void syncClock() throws Exception {
        long roundTripMs = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long sent = System.currentTimeMillis();
            HttpResponse<String> time = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/time")).GET());
            long received = System.currentTimeMillis();
            print("time", time);
            if (received - sent < roundTripMs) {
                roundTripMs = received - sent;
                clockOffsetMs = Long.parseLong(field(time.body(), "epochMs")) - (sent + received) / 2;
            }
        }
        System.out.println("clock offset: " + clockOffsetMs + " ms (round trip " + roundTripMs + " ms)");
    }

    /** Half the best bid (or ask), and a quantity worth about twice the minimum notional at that price. */
    String[] farBelow(String symbol) throws Exception {
        String depth = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/market/" + symbol + "/depth?limit=1"))
                .GET()).body();
        Matcher best = Pattern.compile("\"(?:bids|asks)\":\\[\\[\"([0-9.]+)\"").matcher(depth);
        BigDecimal reference = best.find() ? new BigDecimal(best.group(1)) : new BigDecimal("1000");
        String instruments = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/instruments")).GET()).body();
        Matcher instrument = Pattern.compile("\\{[^{}]*\"symbol\":\"" + Pattern.quote(symbol) + "\"[^{}]*}")
                .matcher(instruments);
        if (!instrument.find()) {
            throw new IllegalArgumentException("no instrument " + symbol);
        }
        BigDecimal tick = new BigDecimal(field(instrument.group(), "priceTick"));
        BigDecimal step = new BigDecimal(field(instrument.group(), "quantityStep"));
        BigDecimal minNotional = new BigDecimal(field(instrument.group(), "minNotional"));
        BigDecimal price = reference.divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN).max(BigDecimal.ONE)
                .divide(tick, 0, RoundingMode.DOWN).multiply(tick);
        BigDecimal quantity = minNotional.multiply(BigDecimal.valueOf(2)).divide(price.multiply(step), 0, RoundingMode.UP)
                .multiply(step);
        return new String[] {price.stripTrailingZeros().toPlainString(), quantity.stripTrailingZeros().toPlainString()};
    }

    /** X-OT-SIGNATURE: hex HMAC-SHA256 of timestamp + METHOD + path + "?" + query + body. */
    HttpResponse<String> signed(String method, String path, String query, String body) throws Exception {
        String timestamp = Long.toString(System.currentTimeMillis() + clockOffsetMs);
        String signature = HexFormat.of().formatHex(mac.doFinal(
                (timestamp + method + path + "?" + query + body).getBytes(StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path + (query.isEmpty() ? "" : "?" + query)))
                .header("X-OT-APIKEY", keyId).header("X-OT-TIMESTAMP", timestamp).header("X-OT-SIGNATURE", signature)
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (!body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        return send(request);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    void print(String step, HttpResponse<String> response) {
        System.out.println(step + ": " + response.statusCode() + " " + response.body());
    }

    /** The string or number value of NAME in a flat JSON object; enough for the answers read here. */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":\\s*(?:\"([^\"]*)\"|(-?[0-9.]+))").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
