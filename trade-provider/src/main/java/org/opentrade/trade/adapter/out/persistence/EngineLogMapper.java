package org.opentrade.trade.adapter.out.persistence;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The SQL of the engine's log and checkpoint; every statement names the symbol, so it reaches one database. */
@Mapper
interface EngineLogMapper {

    /** One multi-row INSERT per batch: one round trip and one commit for the whole group. */
    @Insert("""
            <script>
            INSERT INTO engine_log (symbol, seq, kind, order_id, user_id, side, type, time_in_force, post_only, price,
                                    quantity, place_order_id, amend_id, hold_added, logged_at_ms) VALUES
            <foreach collection="rows" item="r" separator=",">
              (#{r.symbol}, #{r.seq}, #{r.kind}, #{r.orderId}, #{r.userId}, #{r.side}, #{r.type}, #{r.timeInForce},
               #{r.postOnly}, #{r.price}, #{r.quantity}, #{r.placeOrderId}, #{r.amendId}, #{r.holdAdded}, #{r.loggedAtMs})
            </foreach>
            </script>
            """)
    int append(@Param("rows") List<EngineLogRow> rows);

    @Select("SELECT symbol, seq, kind, order_id, user_id, side, type, time_in_force, post_only, price, quantity, "
            + "place_order_id, amend_id, hold_added, logged_at_ms FROM engine_log WHERE symbol = #{symbol} "
            + "AND seq > #{afterSeq} ORDER BY seq LIMIT #{limit}")
    List<EngineLogRow> read(@Param("symbol") String symbol, @Param("afterSeq") long afterSeq, @Param("limit") int limit);

    @Select("""
            <script>
            SELECT place_order_id FROM engine_log WHERE symbol = #{symbol} AND place_order_id IN
            <foreach collection="orderIds" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>
            """)
    List<Long> placed(@Param("symbol") String symbol, @Param("orderIds") Collection<Long> orderIds);

    @Select("""
            <script>
            SELECT amend_id FROM engine_log WHERE symbol = #{symbol} AND amend_id IN
            <foreach collection="amendIds" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>
            """)
    List<Long> amended(@Param("symbol") String symbol, @Param("amendIds") Collection<Long> amendIds);

    @Select("SELECT applied_seq, state_hash FROM engine_checkpoint WHERE symbol = #{symbol}")
    CheckpointRow checkpoint(@Param("symbol") String symbol);

    /** Only the holder of the current epoch moves the checkpoint, and never backwards. */
    @Update("UPDATE engine_checkpoint SET state_hash = IF(#{seq} >= applied_seq, #{hash}, state_hash), "
            + "applied_seq = GREATEST(applied_seq, #{seq}) WHERE symbol = #{symbol} AND owner_epoch = #{epoch}")
    int saveCheckpoint(@Param("symbol") String symbol, @Param("epoch") long epoch, @Param("seq") long seq,
                       @Param("hash") long hash);

    /** Takes the symbol over: a new fencing epoch (the row is created on the very first claim). */
    @Insert("INSERT INTO engine_checkpoint (symbol, applied_seq, state_hash, owner_epoch) VALUES (#{symbol}, 0, 0, 1) "
            + "ON DUPLICATE KEY UPDATE owner_epoch = owner_epoch + 1")
    int claim(@Param("symbol") String symbol);

    @Select("SELECT owner_epoch FROM engine_checkpoint WHERE symbol = #{symbol}")
    Long epoch(@Param("symbol") String symbol);

    /** Locks the symbol's fencing row for the rest of the append's transaction. */
    @Select("SELECT owner_epoch FROM engine_checkpoint WHERE symbol = #{symbol} FOR UPDATE")
    Long epochForUpdate(@Param("symbol") String symbol);

    @Insert("INSERT IGNORE INTO engine_snapshot (symbol, seq, last_trade_id, state_hash, orders_json) "
            + "VALUES (#{symbol}, #{seq}, #{lastTradeId}, #{stateHash}, #{ordersJson})")
    int saveSnapshot(@Param("symbol") String symbol, @Param("seq") long seq, @Param("lastTradeId") long lastTradeId,
                     @Param("stateHash") long stateHash, @Param("ordersJson") String ordersJson);

    @Select("SELECT seq, last_trade_id, state_hash, orders_json FROM engine_snapshot WHERE symbol = #{symbol} "
            + "ORDER BY seq DESC LIMIT 1")
    SnapshotRow latestSnapshot(@Param("symbol") String symbol);

    class SnapshotRow {
        long seq;
        long lastTradeId;
        long stateHash;
        String ordersJson;
    }

    class CheckpointRow {
        long appliedSeq;
        long stateHash;
    }
}
