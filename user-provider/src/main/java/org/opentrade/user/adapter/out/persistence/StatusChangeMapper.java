package org.opentrade.user.adapter.out.persistence;

import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Newest first is id order: ids grow with inserts, and (user_id, id) is the index the listing walks backwards. */
@Mapper
interface StatusChangeMapper {

    @Insert("INSERT INTO user_status_change (user_id, status, actor, reason, changed_at) "
            + "VALUES (#{userId}, #{status}, #{actor}, #{reason}, #{changedAt})")
    int insert(StatusChangeRow row);

    @Select("SELECT user_id, status, actor, reason, changed_at FROM user_status_change "
            + "WHERE user_id = #{userId} ORDER BY id DESC LIMIT #{limit}")
    List<StatusChangeRow> ofUser(@Param("userId") long userId, @Param("limit") int limit);
}
