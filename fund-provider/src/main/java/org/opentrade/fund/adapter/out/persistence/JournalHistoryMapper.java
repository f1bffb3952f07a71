package org.opentrade.fund.adapter.out.persistence;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.opentrade.platform.db.CreatedAtKeyset;

/**
 * The journal read back by user, in (created_at, entry_id) order. Every statement names user_id, so ShardingSphere
 * routes it to one shard; the indexes are sql/fund/V5's (user_id, created_at) and (user_id, asset, created_at).
 */
@Mapper
interface JournalHistoryMapper {
    String COLUMNS = "SELECT entry_id, reference, user_id, asset, bucket, amount, type, created_at FROM journal ";

    @Select("<script>" + COLUMNS + "WHERE user_id = #{userId}"
            + "<if test=\"asset != null\"> AND asset = #{asset}</if>"
            + CreatedAtKeyset.WINDOW + CreatedAtKeyset.BELOW_OPEN + "entry_id" + CreatedAtKeyset.BELOW_CLOSE
            + "<if test=\"newestFirst\"> ORDER BY created_at DESC, entry_id DESC</if>"
            + "<if test=\"!newestFirst\"> ORDER BY created_at, entry_id</if>"
            + " LIMIT #{limit}</script>")
    List<JournalRow> page(@Param("userId") long userId, @Param("asset") String asset,
                          @Param("k") CreatedAtKeyset keyset, @Param("newestFirst") boolean newestFirst,
                          @Param("limit") int limit);

    @Select("<script>SELECT asset, bucket, SUM(amount) AS total FROM journal WHERE user_id = #{userId}"
            + "<if test=\"asset != null\"> AND asset = #{asset}</if>"
            + " AND created_at &lt; #{before} GROUP BY asset, bucket</script>")
    List<BucketTotalRow> totalsBefore(@Param("userId") long userId, @Param("asset") String asset,
                                      @Param("before") LocalDateTime before);

    @Select(COLUMNS + "WHERE user_id = #{userId} AND entry_id = #{entryId}")
    JournalRow entry(@Param("userId") long userId, @Param("entryId") long entryId);

    /** The sum of a user's postings in one asset and bucket. */
    class BucketTotalRow {
        String asset;
        String bucket;
        long total;
    }
}
