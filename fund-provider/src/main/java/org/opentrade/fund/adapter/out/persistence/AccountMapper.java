package org.opentrade.fund.adapter.out.persistence;

import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
interface AccountMapper extends BaseMapper<AccountRow> {

    /** INSERT IGNORE: an account that exists keeps its balances; all rows share one user, so one shard. */
    @Insert("""
            <script>
            INSERT IGNORE INTO account (user_id, asset, available, frozen) VALUES
            <foreach collection="assets" item="asset" separator=",">(#{userId}, #{asset}, 0, 0)</foreach>
            </script>
            """)
    int insertMissing(@Param("userId") long userId, @Param("assets") List<String> assets);

    @Update("UPDATE account SET suspended = #{suspended} WHERE user_id = #{userId}")
    int setSuspended(@Param("userId") long userId, @Param("suspended") int suspended);
}
