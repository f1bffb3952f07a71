package org.opentrade.user.adapter.out.persistence;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface UserMapper extends BaseMapper<UserRow> {
}
