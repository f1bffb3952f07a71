package org.opentrade.user.adapter.out.persistence;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Times are UTC. A user's keys are listed by (user_id, created_at), the index ix_api_key_user walks backwards. */
@Mapper
interface ApiKeyMapper {
    String COLUMNS = "key_id, user_id, label, scopes, allowed_addresses, secret_sealed, created_at, revoked_at";

    @Insert("INSERT INTO api_key (" + COLUMNS + ") VALUES (#{keyId}, #{userId}, #{label}, #{scopes}, "
            + "#{allowedAddresses}, #{secretSealed}, #{createdAt}, NULL)")
    int insert(ApiKeyRow row);

    @Select("SELECT " + COLUMNS + " FROM api_key WHERE key_id = #{keyId}")
    ApiKeyRow byId(@Param("keyId") String keyId);

    @Select("SELECT " + COLUMNS + " FROM api_key WHERE user_id = #{userId} "
            + "ORDER BY created_at DESC, key_id DESC LIMIT #{limit}")
    List<ApiKeyRow> ofUser(@Param("userId") long userId, @Param("limit") int limit);

    @Select("SELECT COUNT(*) FROM api_key WHERE user_id = #{userId} AND revoked_at IS NULL")
    int countLive(@Param("userId") long userId);

    @Update("UPDATE api_key SET revoked_at = #{at} WHERE key_id = #{keyId} AND revoked_at IS NULL")
    int revoke(@Param("keyId") String keyId, @Param("at") LocalDateTime at);
}
