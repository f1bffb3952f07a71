package org.opentrade.fund.adapter.out.persistence;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface BarrierMapper {

    @Insert("INSERT IGNORE INTO tcc_barrier (branch_key, user_id, xid, state) "
            + "VALUES (#{branchKey}, #{userId}, #{xid}, #{state})")
    int insertIfAbsent(@Param("branchKey") String branchKey, @Param("userId") long userId, @Param("xid") String xid,
                       @Param("state") String state);

    @Select("SELECT state FROM tcc_barrier WHERE user_id = #{userId} AND branch_key = #{branchKey} FOR UPDATE")
    String lockState(@Param("branchKey") String branchKey, @Param("userId") long userId);

    @Update("UPDATE tcc_barrier SET state = #{state} WHERE user_id = #{userId} AND branch_key = #{branchKey}")
    int update(@Param("branchKey") String branchKey, @Param("userId") long userId, @Param("state") String state);
}
