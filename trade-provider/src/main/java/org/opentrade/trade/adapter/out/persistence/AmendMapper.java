package org.opentrade.trade.adapter.out.persistence;

import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.opentrade.trade.application.order.Amends;
import org.opentrade.trade.domain.order.AmendOutcome;
import org.opentrade.trade.domain.order.AmendRecord;

/**
 * The SQL of amends. Statements that name user_id reach one shard; the sweeps (pending amends, due releases) scan
 * every shard through small indexed pages. An amend leaves PENDING once, so every later write of its outcome (recovery
 * re-deriving outputs) finds it decided and changes nothing.
 */
@Mapper
interface AmendMapper {

    String COLUMNS = "amend_id, order_id, user_id, symbol, price, quantity, hold_asset, hold_added, status, reason, "
            + "release_amount, created_at";

    /** One statement for a batch (ShardingSphere splits the rows by shard). */
    @Insert("""
            <script>
            INSERT INTO order_amends (amend_id, order_id, user_id, symbol, price, quantity, hold_asset, hold_added,
                status, created_at) VALUES
            <foreach collection="amends" item="a" separator=",">
            (#{a.amendId}, #{a.orderId}, #{a.userId}, #{a.symbol}, #{a.price}, #{a.quantity}, #{a.holdAsset},
             #{a.holdAdded}, 'PENDING', FROM_UNIXTIME(#{a.createdAtMs} / 1000))
            </foreach>
            </script>
            """)
    int insertPending(@Param("amends") List<AmendRecord> amends);

    @Update("UPDATE order_amends SET status = 'REFUSED', reason = #{reason} "
            + "WHERE user_id = #{userId} AND amend_id = #{amendId} AND status = 'PENDING'")
    int refuse(@Param("userId") long userId, @Param("amendId") long amendId, @Param("reason") String reason);

    /**
     * The engine's outcomes of a batch's amends, in one statement (ShardingSphere sends it to each shard the user ids
     * name): APPLIED or REFUSED, why, and what the amend's hold reference releases (DUE when above zero).
     */
    @Update("""
            <script>
            UPDATE order_amends SET
              status = CASE amend_id <foreach collection="outcomes" item="o">WHEN #{o.amendId} THEN #{o.status} </foreach> END,
              reason = CASE amend_id <foreach collection="outcomes" item="o">WHEN #{o.amendId} THEN #{o.reason} </foreach> END,
              release_amount = CASE amend_id
                <foreach collection="outcomes" item="o">WHEN #{o.amendId} THEN #{o.releaseAmount} </foreach> END,
              release_state = CASE amend_id <foreach collection="outcomes" item="o">WHEN #{o.amendId} THEN
                <choose><when test="o.releaseAmount() > 0">'DUE'</when><otherwise>'NONE'</otherwise></choose>
                </foreach> END
            WHERE user_id IN <foreach collection="outcomes" item="o" open="(" separator="," close=")">#{o.userId}</foreach>
            AND amend_id IN <foreach collection="outcomes" item="o" open="(" separator="," close=")">#{o.amendId}</foreach>
            AND status = 'PENDING'
            </script>
            """)
    int applyOutcomes(@Param("outcomes") List<AmendOutcome> outcomes);

    @Select("SELECT " + COLUMNS + " FROM order_amends WHERE status = 'PENDING' "
            + "AND created_at < FROM_UNIXTIME(#{beforeMs} / 1000) ORDER BY created_at LIMIT #{limit}")
    List<AmendRow> pendingBefore(@Param("beforeMs") long beforeMs, @Param("limit") int limit);

    @Select("SELECT " + COLUMNS + " FROM order_amends WHERE release_state = 'DUE' LIMIT #{limit}")
    List<AmendRow> dueReleases(@Param("limit") int limit);

    /** One statement per shard touched; an amend id is unique, so the user ids only route the statement. */
    @Update("""
            <script>
            UPDATE order_amends SET release_state = 'DONE'
            WHERE user_id IN <foreach collection="released" item="r" open="(" separator="," close=")">#{r.userId}</foreach>
            AND amend_id IN <foreach collection="released" item="r" open="(" separator="," close=")">#{r.amendId}</foreach>
            AND release_state = 'DUE'
            </script>
            """)
    int markReleased(@Param("released") List<Amends.Release> released);
}
