package org.opentrade.trade.adapter.out.persistence;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.opentrade.trade.domain.order.OrderRecord;

/**
 * The SQL of orders. Statements that name user_id reach one shard; the sweeps (pending orders, due releases) scan
 * every shard through small indexed pages.
 */
@Mapper
interface OrderMapper {

    String COLUMNS = "order_id, user_id, client_order_id, symbol, side, type, time_in_force, post_only, price, "
            + "quantity, filled_quantity, reserve_asset, reserved, status, reject_reason, release_amount, created_at";

    /** One statement for a batch (ShardingSphere splits the rows by shard); a repeated clientOrderId is skipped. */
    @Insert("""
            <script>
            INSERT IGNORE INTO orders (order_id, user_id, client_order_id, symbol, side, type, time_in_force, post_only,
                price, quantity, reserve_asset, reserved, status, created_at) VALUES
            <foreach collection="orders" item="o" separator=",">
            (#{o.orderId}, #{o.userId}, #{o.clientOrderId}, #{o.symbol}, #{o.side}, #{o.type}, #{o.timeInForce},
             #{o.postOnly}, #{o.price}, #{o.quantity}, #{o.reserveAsset}, #{o.reserved}, 'PENDING',
             FROM_UNIXTIME(#{o.createdAtMs} / 1000))
            </foreach>
            </script>
            """)
    int insertPending(@Param("orders") List<OrderRecord> orders);

    /** Which order ids hold these clientOrderIds of these users (to tell the rows just stored from older ones). */
    @Select("""
            <script>
            SELECT order_id, user_id, client_order_id FROM orders
            WHERE user_id IN <foreach collection="orders" item="o" open="(" separator="," close=")">#{o.userId}</foreach>
            AND client_order_id IN
            <foreach collection="orders" item="o" open="(" separator="," close=")">#{o.clientOrderId}</foreach>
            </script>
            """)
    List<OrderRow> byClientOrderIds(@Param("orders") List<OrderRecord> orders);

    /** Per user and symbol, the LIMIT GTC orders not finished yet (the index on user_id, status narrows the rows). */
    @Select("""
            <script>
            SELECT user_id, symbol, COUNT(*) AS unfinished FROM orders
            WHERE user_id IN <foreach collection="userIds" item="u" open="(" separator="," close=")">#{u}</foreach>
            AND status IN ('PENDING', 'NEW', 'PARTIALLY_FILLED') AND type = 'LIMIT' AND time_in_force = 'GTC'
            GROUP BY user_id, symbol
            </script>
            """)
    List<UnfinishedCountRow> unfinishedGtcCounts(@Param("userIds") Collection<Long> userIds);

    @Select("SELECT " + COLUMNS + " FROM orders WHERE user_id = #{userId} AND order_id = #{orderId}")
    OrderRow byId(@Param("userId") long userId, @Param("orderId") long orderId);

    @Select("SELECT " + COLUMNS + " FROM orders WHERE user_id = #{userId} AND client_order_id = #{clientOrderId}")
    OrderRow byClientOrderId(@Param("userId") long userId, @Param("clientOrderId") String clientOrderId);

    @Select("""
            <script>
            SELECT order_id, user_id, client_order_id, symbol, side, type, time_in_force, post_only, price, quantity,
                   filled_quantity, reserve_asset, reserved, status, reject_reason, release_amount, created_at
            FROM orders WHERE user_id = #{userId}
            <if test="symbol != null"> AND symbol = #{symbol}</if>
            <if test="openOnly"> AND status IN ('NEW', 'PARTIALLY_FILLED')</if>
            ORDER BY order_id DESC LIMIT #{limit}
            </script>
            """)
    List<OrderRow> list(@Param("userId") long userId, @Param("symbol") String symbol,
                        @Param("openOnly") boolean openOnly, @Param("limit") int limit);

    /**
     * A page newest first, below {@code beforeId}; walks ix_orders_N_user_order (user_id, order_id) backwards, so a
     * page reads about {@code limit} rows whatever the user's history (more with a filter that skips rows).
     */
    @Select("""
            <script>
            SELECT order_id, user_id, client_order_id, symbol, side, type, time_in_force, post_only, price, quantity,
                   filled_quantity, reserve_asset, reserved, status, reject_reason, release_amount, created_at
            FROM orders WHERE user_id = #{userId}
            <if test="symbol != null"> AND symbol = #{symbol}</if>
            <if test="openOnly"> AND status IN ('NEW', 'PARTIALLY_FILLED')</if>
            <if test="fromMs > 0"> AND created_at &gt;= FROM_UNIXTIME(#{fromMs} / 1000)</if>
            <if test="toMs > 0"> AND created_at &lt; FROM_UNIXTIME(#{toMs} / 1000)</if>
            <if test="beforeId != null"> AND order_id &lt; #{beforeId}</if>
            ORDER BY order_id DESC LIMIT #{limit}
            </script>
            """)
    List<OrderRow> page(@Param("userId") long userId, @Param("symbol") String symbol,
                        @Param("openOnly") boolean openOnly, @Param("fromMs") long fromMs, @Param("toMs") long toMs,
                        @Param("beforeId") Long beforeId, @Param("limit") int limit);

    @Select("""
            <script>
            SELECT COUNT(*) FROM orders WHERE user_id = #{userId} AND status IN ('NEW', 'PARTIALLY_FILLED')
            <if test="symbol != null"> AND symbol = #{symbol}</if>
            </script>
            """)
    long countOpen(@Param("userId") long userId, @Param("symbol") String symbol);

    @Update("UPDATE orders SET status = 'REJECTED', reject_reason = #{reason}, publish_state = 'DUE' "
            + "WHERE user_id = #{userId} AND order_id = #{orderId} AND status = 'PENDING'")
    int reject(@Param("userId") long userId, @Param("orderId") long orderId, @Param("reason") String reason);

    @Select("SELECT " + COLUMNS + " FROM orders WHERE status = 'PENDING' AND created_at < FROM_UNIXTIME(#{beforeMs} / 1000) "
            + "ORDER BY created_at LIMIT #{limit}")
    List<OrderRow> pendingBefore(@Param("beforeMs") long beforeMs, @Param("limit") int limit);

    @Select("SELECT " + COLUMNS + " FROM orders WHERE release_state = 'DUE' LIMIT #{limit}")
    List<OrderRow> dueReleases(@Param("limit") int limit);

    /** One statement per shard touched; an order id is unique, so the user ids only route the statement. */
    @Update("""
            <script>
            UPDATE orders SET release_state = 'DONE'
            WHERE user_id IN <foreach collection="released" item="r" open="(" separator="," close=")">#{r.userId}</foreach>
            AND order_id IN <foreach collection="released" item="r" open="(" separator="," close=")">#{r.orderId}</foreach>
            </script>
            """)
    int markReleased(@Param("released") List<org.opentrade.trade.application.order.Orders.Release> released);

    /**
     * The states of a batch's orders as the engine left them, in one statement (ShardingSphere sends it to each
     * shard the user ids name), in absolute values (a second write changes nothing): filled = quantity - remaining
     * (0 for a rejected order, whose remaining is all of it); a rejected order releases its whole reservation; a
     * release already done stays done; a state from an older batch never overwrites a newer one. An amended order
     * takes its new price, quantity and hold, and its filled quantity from the new quantity (not from the column the
     * same statement changes, whose value an expression sees depends on the server's assignment order).
     */
    @Update("""
            <script>
            UPDATE orders SET
              status = CASE order_id <foreach collection="updates" item="u">WHEN #{u.orderId} THEN #{u.status} </foreach> END,
              reject_reason = CASE order_id <foreach collection="updates" item="u">WHEN #{u.orderId} THEN #{u.reason} </foreach> END,
              filled_quantity = CASE order_id <foreach collection="updates" item="u">WHEN #{u.orderId} THEN
                <choose><when test="u.amended() != null">#{u.amended.quantity}</when><otherwise>quantity</otherwise></choose>
                - #{u.remainingQuantity} </foreach> END,
              release_amount = CASE order_id <foreach collection="updates" item="u">WHEN #{u.orderId} THEN
                <choose><when test="u.status.name() == 'REJECTED'">reserved</when><otherwise>#{u.releaseAmount}</otherwise></choose>
                </foreach> END,
              release_state = CASE WHEN release_state = 'DONE' THEN 'DONE' ELSE CASE order_id
                <foreach collection="updates" item="u">WHEN #{u.orderId} THEN
                <choose><when test="u.status.name() == 'REJECTED'">IF(reserved > 0, 'DUE', 'NONE')</when>
                  <when test="u.releaseAmount() > 0">'DUE'</when><otherwise>'NONE'</otherwise></choose>
                </foreach> END END,
              price = CASE order_id <foreach collection="updates" item="u">WHEN #{u.orderId} THEN
                <choose><when test="u.amended() != null">#{u.amended.price}</when><otherwise>price</otherwise></choose>
                </foreach> END,
              quantity = CASE order_id <foreach collection="updates" item="u">WHEN #{u.orderId} THEN
                <choose><when test="u.amended() != null">#{u.amended.quantity}</when><otherwise>quantity</otherwise></choose>
                </foreach> END,
              reserved = CASE order_id <foreach collection="updates" item="u">WHEN #{u.orderId} THEN
                <choose><when test="u.amended() != null">#{u.amended.reserved}</when><otherwise>reserved</otherwise></choose>
                </foreach> END,
              event_seq = #{seq}, publish_state = 'DUE'
            WHERE user_id IN <foreach collection="updates" item="u" open="(" separator="," close=")">#{u.userId}</foreach>
            AND order_id IN <foreach collection="updates" item="u" open="(" separator="," close=")">#{u.orderId}</foreach>
            AND event_seq &lt;= #{seq}
            </script>
            """)
    int applyEngineStates(@Param("updates") List<org.opentrade.trade.domain.order.OrderUpdate> updates,
                          @Param("seq") long seq);

    @Select("SELECT " + COLUMNS + ", event_seq FROM orders WHERE publish_state = 'DUE' LIMIT #{limit}")
    List<OrderRow> duePublications(@Param("limit") int limit);

    /** Done only if nothing changed since it was read: a newer state (a larger event_seq) stays DUE. */
    @Update("""
            <script>
            UPDATE orders SET publish_state = 'DONE'
            WHERE user_id IN <foreach collection="events" item="e" open="(" separator="," close=")">#{e.userId}</foreach>
            AND order_id IN <foreach collection="events" item="e" open="(" separator="," close=")">#{e.orderId}</foreach>
            AND event_seq &lt;= #{seqMax}
            </script>
            """)
    int markPublished(@Param("events") List<org.opentrade.api.trade.event.OrderUpdated> events,
                      @Param("seqMax") long seqMax);
}
