package org.opentrade.trade.adapter.out.persistence;

import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Trades (by symbol) and fills (by user). Inserts ignore rows that exist: re-deriving outputs rewrites nothing. */
@Mapper
interface TradeMapper {

    String TRADE_COLUMNS = "symbol, trade_id, seq, taker_side, price, quantity, notional, maker_order_id, "
            + "maker_user_id, maker_fee, taker_order_id, taker_user_id, taker_fee, traded_at_ms";

    @Insert("""
            <script>
            INSERT IGNORE INTO trades (symbol, trade_id, seq, taker_side, price, quantity, notional, maker_order_id,
                                       maker_user_id, maker_fee, taker_order_id, taker_user_id, taker_fee, traded_at_ms)
            VALUES
            <foreach collection="rows" item="t" separator=",">
              (#{t.symbol}, #{t.tradeId}, #{t.seq}, #{t.takerSide}, #{t.price}, #{t.quantity}, #{t.notional},
               #{t.makerOrderId}, #{t.makerUserId}, #{t.makerFee}, #{t.takerOrderId}, #{t.takerUserId}, #{t.takerFee},
               #{t.tradedAtMs})
            </foreach>
            </script>
            """)
    int insertTrades(@Param("rows") List<TradeRow> rows);

    /** One statement for a batch's fills of every user (ShardingSphere splits the rows by shard). */
    @Insert("""
            <script>
            INSERT IGNORE INTO fills (user_id, symbol, trade_id, order_id, side, price, quantity, fee, fee_asset,
                                      liquidity, traded_at_ms) VALUES
            <foreach collection="rows" item="f" separator=",">
              (#{f.userId}, #{f.symbol}, #{f.tradeId}, #{f.orderId}, #{f.side}, #{f.price}, #{f.quantity}, #{f.fee},
               #{f.feeAsset}, #{f.liquidity}, #{f.tradedAtMs})
            </foreach>
            </script>
            """)
    int insertFills(@Param("rows") List<FillRow> rows);

    @Select("SELECT " + TRADE_COLUMNS + " FROM trades WHERE settle_state = 'DUE' ORDER BY trade_id LIMIT #{limit}")
    List<TradeRow> dueForSettlement(@Param("limit") int limit);

    @Update("""
            <script>
            UPDATE trades SET settle_state = 'DONE' WHERE symbol = #{symbol} AND trade_id IN
            <foreach collection="tradeIds" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>
            """)
    int markSettled(@Param("symbol") String symbol, @Param("tradeIds") List<Long> tradeIds);

    @Select("SELECT " + TRADE_COLUMNS + " FROM trades WHERE publish_state = 'DUE' ORDER BY trade_id LIMIT #{limit}")
    List<TradeRow> duePublications(@Param("limit") int limit);

    @Update("""
            <script>
            UPDATE trades SET publish_state = 'DONE' WHERE symbol = #{symbol} AND trade_id IN
            <foreach collection="tradeIds" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>
            """)
    int markPublished(@Param("symbol") String symbol, @Param("tradeIds") List<Long> tradeIds);

    @Select("SELECT " + TRADE_COLUMNS + " FROM trades WHERE symbol = #{symbol} ORDER BY trade_id DESC LIMIT #{limit}")
    List<TradeRow> recent(@Param("symbol") String symbol, @Param("limit") int limit);

    @Select("""
            <script>
            SELECT user_id, symbol, trade_id, order_id, side, price, quantity, fee, fee_asset, liquidity, traded_at_ms
            FROM fills WHERE user_id = #{userId}
            <if test="symbol != null"> AND symbol = #{symbol}</if>
            ORDER BY traded_at_ms DESC, trade_id DESC LIMIT #{limit}
            </script>
            """)
    List<FillRow> fills(@Param("userId") long userId, @Param("symbol") String symbol, @Param("limit") int limit);

    /**
     * A page newest first by (traded_at_ms, symbol, trade_id), strictly below the cursor's triple. The leading
     * {@code traded_at_ms <= t} gives the optimizer a range on the index; the OR decides ties within that
     * millisecond. Indexes (sql/trade/V7): ix_fills_N_time (user_id, traded_at_ms) ends in the primary key's
     * (symbol, trade_id), so it is exactly this order; with a symbol, ix_fills_N_symbol_time; with an order,
     * ix_fills_N_order.
     */
    @Select("""
            <script>
            SELECT user_id, symbol, trade_id, order_id, side, price, quantity, fee, fee_asset, liquidity, traded_at_ms
            FROM fills WHERE user_id = #{userId}
            <if test="symbol != null"> AND symbol = #{symbol}</if>
            <if test="orderId != null"> AND order_id = #{orderId}</if>
            <if test="fromMs > 0"> AND traded_at_ms &gt;= #{fromMs}</if>
            <if test="toMs > 0"> AND traded_at_ms &lt; #{toMs}</if>
            <if test="after != null">
              AND traded_at_ms &lt;= #{after.tradedAtMs}
              AND (traded_at_ms &lt; #{after.tradedAtMs}
                   OR (traded_at_ms = #{after.tradedAtMs}
                       AND (symbol &lt; #{after.symbol} OR (symbol = #{after.symbol} AND trade_id &lt; #{after.tradeId}))))
            </if>
            ORDER BY traded_at_ms DESC, symbol DESC, trade_id DESC LIMIT #{limit}
            </script>
            """)
    List<FillRow> fillPage(@Param("userId") long userId, @Param("symbol") String symbol, @Param("orderId") Long orderId,
                           @Param("fromMs") long fromMs, @Param("toMs") long toMs,
                           @Param("after") org.opentrade.trade.application.history.FillCursor after,
                           @Param("limit") int limit);
}
