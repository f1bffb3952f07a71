package org.opentrade.fund.adapter.out.persistence;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.opentrade.platform.db.CreatedAtKeyset;

@Mapper
interface TransferMapper {

    @Insert("INSERT INTO transfer (transfer_id, user_id, to_user_id, asset, amount, idempotency_key, status) "
            + "VALUES (#{transferId}, #{userId}, #{toUserId}, #{asset}, #{amount}, #{idempotencyKey}, #{status})")
    int insert(TransferRow row);

    @Select("SELECT * FROM transfer WHERE user_id = #{userId} AND idempotency_key = #{key}")
    TransferRow byIdempotencyKey(@Param("userId") long userId, @Param("key") String key);

    @Select("SELECT * FROM transfer WHERE user_id = #{userId} AND transfer_id = #{transferId}")
    TransferRow byId(@Param("userId") long userId, @Param("transferId") long transferId);

    /** A page of the sender's transfers, newest first; index ix_transfer_N_user_time (sql/fund/V5). */
    @Select("<script>SELECT * FROM transfer WHERE user_id = #{userId}"
            + CreatedAtKeyset.WINDOW + CreatedAtKeyset.BELOW_OPEN + "transfer_id" + CreatedAtKeyset.BELOW_CLOSE
            + " ORDER BY created_at DESC, transfer_id DESC LIMIT #{limit}</script>")
    java.util.List<TransferRow> newestFirst(@Param("userId") long userId, @Param("k") CreatedAtKeyset keyset,
                                            @Param("limit") int limit);

    @Select("SELECT * FROM transfer WHERE status = 'PENDING' AND created_at < #{createdBefore} "
            + "ORDER BY created_at LIMIT #{limit}")
    java.util.List<TransferRow> pendingSince(@Param("createdBefore") java.time.LocalDateTime createdBefore,
                                             @Param("limit") int limit);

    @Update("UPDATE transfer SET status = #{status} WHERE user_id = #{userId} AND transfer_id = #{transferId} "
            + "AND status = 'PENDING'")
    int finish(@Param("userId") long userId, @Param("transferId") long transferId, @Param("status") String status);
}
