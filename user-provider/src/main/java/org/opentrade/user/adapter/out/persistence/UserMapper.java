package org.opentrade.user.adapter.out.persistence;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface UserMapper extends BaseMapper<UserRow> {

    /** Locks the row until the transaction ends; null when there is no such user. */
    @Select("SELECT user_id FROM users WHERE user_id = #{userId} FOR UPDATE")
    Long lockForUpdate(@Param("userId") long userId);
}
