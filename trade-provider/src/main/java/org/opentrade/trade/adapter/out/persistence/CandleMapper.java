package org.opentrade.trade.adapter.out.persistence;

import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * Candles, their cursors, and the trades they are built from; every statement but the two scans of all symbols names
 * its symbol, so it reaches that symbol's database only. Indexes: the primary key (symbol, interval_name,
 * open_time_ms) for ranges of one interval, ix_candles_changed (symbol, last_trade_id) for what changed after a
 * cursor; trades by their primary key (symbol, trade_id).
 */
@Mapper
interface CandleMapper {

    String COLUMNS = "symbol, interval_name, open_time_ms, open_price, high_price, low_price, close_price, volume, "
            + "quote_volume, trade_count, first_trade_id, last_trade_id";

    /** A span of open times of one interval, by the interval's wire name. */
    record Span(String interval, long fromMs, long toMs) {
    }

    /** Each symbol's newest trade id: one loose index scan per database. */
    @Select("SELECT symbol, MAX(trade_id) AS last_trade_id FROM trades GROUP BY symbol")
    List<SymbolTradeIdRow> tradeHeads();

    @Select("SELECT symbol, last_trade_id FROM candle_cursor")
    List<SymbolTradeIdRow> cursors();

    @Select("SELECT last_trade_id FROM candle_cursor WHERE symbol = #{symbol}")
    Long cursor(@Param("symbol") String symbol);

    @Insert("INSERT IGNORE INTO candle_cursor (symbol, last_trade_id) VALUES (#{symbol}, 0)")
    int ensureCursor(@Param("symbol") String symbol);

    @Select("SELECT last_trade_id FROM candle_cursor WHERE symbol = #{symbol} FOR UPDATE")
    Long lockCursor(@Param("symbol") String symbol);

    @Update("UPDATE candle_cursor SET last_trade_id = #{tradeId} WHERE symbol = #{symbol}")
    int moveCursor(@Param("symbol") String symbol, @Param("tradeId") long tradeId);

    @Select("""
            SELECT trade_id, price, quantity, notional, traded_at_ms FROM trades
            WHERE symbol = #{symbol} AND trade_id > #{after} ORDER BY trade_id LIMIT #{limit}
            """)
    List<TradeRow> tradesAfter(@Param("symbol") String symbol, @Param("after") long after, @Param("limit") int limit);

    @Select("<script>SELECT " + COLUMNS + """
             FROM candles WHERE symbol = #{symbol} AND (
            <foreach collection="spans" item="s" separator=" OR ">
              (interval_name = #{s.interval} AND open_time_ms BETWEEN #{s.fromMs} AND #{s.toMs})
            </foreach>)
            </script>
            """)
    List<CandleRow> within(@Param("symbol") String symbol, @Param("spans") List<Span> spans);

    @Insert("""
            <script>
            INSERT INTO candles (symbol, interval_name, open_time_ms, open_price, high_price, low_price, close_price,
                                 volume, quote_volume, trade_count, first_trade_id, last_trade_id) VALUES
            <foreach collection="rows" item="c" separator=",">
              (#{c.symbol}, #{c.intervalName}, #{c.openTimeMs}, #{c.openPrice}, #{c.highPrice}, #{c.lowPrice},
               #{c.closePrice}, #{c.volume}, #{c.quoteVolume}, #{c.tradeCount}, #{c.firstTradeId}, #{c.lastTradeId})
            </foreach>
            </script>
            """)
    int insert(@Param("rows") List<CandleRow> rows);

    /** A later state of a stored candle: its open and first trade stay, the rest follows the new trades. */
    @Update("""
            UPDATE candles SET high_price = #{c.highPrice}, low_price = #{c.lowPrice}, close_price = #{c.closePrice},
                volume = #{c.volume}, quote_volume = #{c.quoteVolume}, trade_count = #{c.tradeCount},
                last_trade_id = #{c.lastTradeId}
            WHERE symbol = #{c.symbol} AND interval_name = #{c.intervalName} AND open_time_ms = #{c.openTimeMs}
            """)
    int update(@Param("c") CandleRow row);

    @Select("SELECT " + COLUMNS + """
             FROM candles WHERE symbol = #{symbol} AND interval_name = #{interval}
            ORDER BY open_time_ms DESC LIMIT #{limit}
            """)
    List<CandleRow> newest(@Param("symbol") String symbol, @Param("interval") String interval, @Param("limit") int limit);

    @Select("SELECT " + COLUMNS + " FROM candles WHERE symbol = #{symbol} ORDER BY last_trade_id DESC LIMIT 1")
    CandleRow ofLastTrade(@Param("symbol") String symbol);

    @Select("SELECT " + COLUMNS + """
             FROM candles WHERE symbol = #{symbol} AND last_trade_id > #{after}
            ORDER BY last_trade_id LIMIT #{limit}
            """)
    List<CandleRow> changedAfter(@Param("symbol") String symbol, @Param("after") long after, @Param("limit") int limit);

    @Select("<script>SELECT " + COLUMNS + """
             FROM candles WHERE symbol = #{symbol} AND interval_name = #{interval}
              AND open_time_ms &gt;= #{fromMs}
              <if test="toMs > 0"> AND open_time_ms &lt; #{toMs}</if>
            ORDER BY open_time_ms LIMIT #{limit}
            </script>
            """)
    List<CandleRow> from(@Param("symbol") String symbol, @Param("interval") String interval,
                         @Param("fromMs") long fromMs, @Param("toMs") long toMs, @Param("limit") int limit);

    @Select("<script>SELECT " + COLUMNS + """
             FROM candles WHERE symbol = #{symbol} AND interval_name = #{interval}
              <if test="toMs > 0"> AND open_time_ms &lt; #{toMs}</if>
            ORDER BY open_time_ms DESC LIMIT #{limit}
            </script>
            """)
    List<CandleRow> latest(@Param("symbol") String symbol, @Param("interval") String interval,
                           @Param("toMs") long toMs, @Param("limit") int limit);
}
