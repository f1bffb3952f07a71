package org.opentrade.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Orders through the public API, and waiting until trade-provider has settled and released everything. */
final class Trading {
    static final Duration QUIET_TIMEOUT = Duration.ofSeconds(90);
    private static final List<String> TRADE_DATABASES = List.of("ot_trade_0", "ot_trade_1");

    private Trading() {
    }

    static Api.Reply limit(String token, String symbol, String side, String price, String quantity, String timeInForce) {
        return place(token, order(symbol, side, "LIMIT", price, quantity, timeInForce, false, UUID.randomUUID().toString()));
    }

    static Map<String, Object> order(String symbol, String side, String type, String price, String quantity,
                                     String timeInForce, boolean postOnly, String clientOrderId) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("symbol", symbol);
        order.put("side", side);
        order.put("type", type);
        order.put("timeInForce", timeInForce);
        if (price != null) {
            order.put("price", price);
        }
        order.put("quantity", quantity);
        order.put("postOnly", postOnly);
        order.put("clientOrderId", clientOrderId);
        return order;
    }

    static Api.Reply place(String token, Map<String, Object> order) {
        return Api.post("/api/v1/orders", token, order);
    }

    /** PATCH /orders/{orderId} with a raw JSON body, e.g. {"price":"30.1"} or {"quantity":"0.2"}. */
    static Api.Reply amend(String token, String orderId, String json) {
        return Api.patch("/api/v1/orders/" + orderId, token, json);
    }

    static Api.Reply cancel(String token, String orderId) {
        return Api.delete("/api/v1/orders/" + orderId, token);
    }

    /**
     * One trade of QUANTITY at PRICE on a market where nothing else rests at or inside PRICE: the seller's LIMIT GTC
     * ask rests, the buyer's LIMIT IOC bid takes all of it. Answers the buyer's order.
     */
    static Api.Reply cross(Api.Session seller, Api.Session buyer, String symbol, String price, String quantity) {
        Api.Reply ask = limit(seller.token(), symbol, "SELL", price, quantity, "GTC");
        org.assertj.core.api.Assertions.assertThat(ask.status()).as(ask.raw()).isEqualTo(201);
        org.assertj.core.api.Assertions.assertThat(ask.body().get("status").asText()).as(ask.raw()).isEqualTo("NEW");
        Api.Reply bid = limit(buyer.token(), symbol, "BUY", price, quantity, "IOC");
        org.assertj.core.api.Assertions.assertThat(bid.status()).as(bid.raw()).isEqualTo(201);
        org.assertj.core.api.Assertions.assertThat(bid.body().get("status").asText()).as(bid.raw()).isEqualTo("FILLED");
        return bid;
    }

    /** Cancels every open order of the user (tests leave no resting orders behind for later tests to meet). */
    static void cancelAll(String token) {
        Api.Reply open = Api.get("/api/v1/orders?state=open&limit=500", token);
        open.body().forEach(o -> cancel(token, o.get("orderId").asText()));
    }

    /** Cancels what the users left and waits until settled; a cleanup failure never hides the test's own. */
    static void cleanUp(Throwable failure, Api.Session... users) {
        try {
            for (Api.Session user : users) {
                cancelAll(user.token());
            }
            awaitSettled();
        } catch (RuntimeException | AssertionError e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    /**
     * Waits until every trade is settled, every finished order's hold released and every amend decided and its hold
     * released (the ledger is then quiet).
     */
    static void awaitSettled() {
        long deadline = System.nanoTime() + QUIET_TIMEOUT.toNanos();
        while (outstanding() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(outstanding() + " trades or releases still outstanding after " + QUIET_TIMEOUT);
            }
            sleep(200);
        }
    }

    static long outstanding() {
        long total = 0;
        for (String database : TRADE_DATABASES) {
            try (Connection c = Databases.primary(database); Statement s = c.createStatement()) {
                total += count(s, "SELECT COUNT(*) FROM trades WHERE settle_state = 'DUE'");
                total += count(s, "SELECT COUNT(*) FROM orders_0 WHERE release_state = 'DUE' OR status = 'PENDING'");
                total += count(s, "SELECT COUNT(*) FROM orders_1 WHERE release_state = 'DUE' OR status = 'PENDING'");
                total += count(s, "SELECT COUNT(*) FROM order_amends_0 WHERE release_state = 'DUE' OR status = 'PENDING'");
                total += count(s, "SELECT COUNT(*) FROM order_amends_1 WHERE release_state = 'DUE' OR status = 'PENDING'");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return total;
    }

    /** Fees these users paid, in the quote asset, summed from their fills on every shard. */
    static long feesPaid(List<String> userIds) {
        long total = 0;
        String ids = String.join(",", userIds);
        for (String database : TRADE_DATABASES) {
            try (Connection c = Databases.primary(database); Statement s = c.createStatement()) {
                total += count(s, "SELECT COALESCE(SUM(fee), 0) FROM fills_0 WHERE user_id IN (" + ids + ")");
                total += count(s, "SELECT COALESCE(SUM(fee), 0) FROM fills_1 WHERE user_id IN (" + ids + ")");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return total;
    }

    /**
     * Once quiet, for users who traded only among themselves: nothing is frozen, nothing is negative, the base asset
     * is all still there and the quote asset plus the fees they paid equals what was deposited.
     */
    static void assertConserved(List<Api.Session> users, String base, long baseDeposited, String quote,
                                long quoteDeposited) {
        long baseTotal = 0;
        long quoteTotal = 0;
        for (Api.Session user : users) {
            long[] b = Money.balance(user.token(), base);
            long[] q = Money.balance(user.token(), quote);
            org.assertj.core.api.Assertions.assertThat(new long[] {b[1], q[1]}).as("frozen of " + user.username())
                    .containsExactly(0, 0);
            org.assertj.core.api.Assertions.assertThat(b[0]).as("available " + base).isNotNegative();
            org.assertj.core.api.Assertions.assertThat(q[0]).as("available " + quote).isNotNegative();
            baseTotal += b[0];
            quoteTotal += q[0];
        }
        long fees = feesPaid(users.stream().map(Api.Session::userId).toList());
        org.assertj.core.api.Assertions.assertThat(baseTotal).as(base + " held by the traders").isEqualTo(baseDeposited);
        org.assertj.core.api.Assertions.assertThat(quoteTotal + fees).as(quote + " held plus fees paid")
                .isEqualTo(quoteDeposited);
    }

    /**
     * What the open orders of these users still hold, per user and asset: the reservation minus what their fills
     * consumed (a SELL's filled quantity; a BUY's notionals plus fees). DESIGN.md: at a quiet moment, frozen equals it.
     */
    static Map<String, Long> openReservations(List<String> userIds) {
        Map<String, Long> held = new java.util.HashMap<>();
        String ids = String.join(",", userIds);
        for (String database : TRADE_DATABASES) {
            for (String suffix : List.of("0", "1")) {
                String sql = "SELECT o.user_id, o.reserve_asset, o.side, o.reserved, o.filled_quantity, "
                        + "COALESCE((SELECT SUM(FLOOR(CAST(f.price AS DECIMAL(38, 0)) * f.quantity / 100000000) + f.fee) FROM fills_" + suffix
                        + " f WHERE f.user_id = o.user_id AND f.order_id = o.order_id), 0) "
                        + "FROM orders_" + suffix + " o WHERE o.user_id IN (" + ids + ") "
                        + "AND o.status IN ('NEW', 'PARTIALLY_FILLED')";
                try (Connection c = Databases.primary(database); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        long consumed = "SELL".equals(rs.getString(3)) ? rs.getLong(5) : rs.getLong(6);
                        held.merge(rs.getLong(1) + "/" + rs.getString(2), rs.getLong(4) - consumed, Long::sum);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return held;
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
