package org.opentrade.user.adapter.out.persistence;

import java.time.LocalDateTime;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Times are UTC. */
@Mapper
interface SessionMapper {

    @Insert("INSERT INTO user_session (session_id, user_id, created_at, expires_at) "
            + "VALUES (#{sessionId}, #{userId}, #{createdAt}, #{expiresAt})")
    int insert(SessionRow row);

    @Select("SELECT session_id, user_id, created_at, expires_at, revoked_at FROM user_session "
            + "WHERE session_id = #{sessionId}")
    SessionRow byId(@Param("sessionId") String sessionId);

    @Update("UPDATE user_session SET revoked_at = #{at} WHERE session_id = #{sessionId} AND revoked_at IS NULL")
    int revoke(@Param("sessionId") String sessionId, @Param("at") LocalDateTime at);

    @Update("UPDATE user_session SET revoked_at = #{at} "
            + "WHERE user_id = #{userId} AND session_id <> #{kept} AND revoked_at IS NULL AND expires_at > #{at}")
    int revokeOthers(@Param("userId") long userId, @Param("kept") String keptSessionId, @Param("at") LocalDateTime at);

    @Delete("DELETE FROM user_session WHERE expires_at < #{before} LIMIT #{limit}")
    int purgeExpired(@Param("before") LocalDateTime before, @Param("limit") int limit);
}
