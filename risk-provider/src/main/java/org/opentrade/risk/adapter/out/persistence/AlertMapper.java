package org.opentrade.risk.adapter.out.persistence;

import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface AlertMapper {
    String COLUMNS = "alert_id, user_id, rule, severity, evidence, event_id, intercepted, "
            + "CAST(UNIX_TIMESTAMP(created_at) * 1000 AS SIGNED) AS created_at_ms, acked_by, "
            + "COALESCE(CAST(UNIX_TIMESTAMP(acked_at) * 1000 AS SIGNED), 0) AS acked_at_ms";

    /** The unique (rule, user_id, event_id) makes a redelivered event's alert a no-op (0 rows). */
    @Insert("INSERT IGNORE INTO risk_alerts (user_id, rule, severity, evidence, event_id) "
            + "VALUES (#{userId}, #{rule}, #{severity}, #{evidence}, #{eventId})")
    int insert(AlertRow row);

    @Select("SELECT " + COLUMNS + " FROM risk_alerts WHERE rule = #{rule} AND user_id = #{userId} "
            + "AND event_id = #{eventId}")
    AlertRow byEvent(@Param("rule") String rule, @Param("userId") long userId, @Param("eventId") String eventId);

    @Select("SELECT " + COLUMNS + " FROM risk_alerts WHERE alert_id = #{alertId}")
    AlertRow byId(@Param("alertId") long alertId);

    @Update("UPDATE risk_alerts SET intercepted = 1 WHERE alert_id = #{alertId}")
    int markIntercepted(@Param("alertId") long alertId);

    @Update("UPDATE risk_alerts SET acked_by = #{actor}, acked_at = CURRENT_TIMESTAMP(3) "
            + "WHERE alert_id = #{alertId} AND acked_by IS NULL")
    int acknowledge(@Param("alertId") long alertId, @Param("actor") String actor);

    @Select("""
            <script>
            SELECT alert_id, user_id, rule, severity, evidence, event_id, intercepted,
                   CAST(UNIX_TIMESTAMP(created_at) * 1000 AS SIGNED) AS created_at_ms, acked_by,
                   COALESCE(CAST(UNIX_TIMESTAMP(acked_at) * 1000 AS SIGNED), 0) AS acked_at_ms
            FROM risk_alerts
            <where>
              <if test="userId > 0"> user_id = #{userId}</if>
              <if test="severity != null"> AND severity = #{severity}</if>
              <if test="before > 0"> AND alert_id &lt; #{before}</if>
            </where>
            ORDER BY alert_id DESC LIMIT #{limit}
            </script>
            """)
    List<AlertRow> page(@Param("userId") long userId, @Param("severity") String severity,
                        @Param("before") long before, @Param("limit") int limit);
}
