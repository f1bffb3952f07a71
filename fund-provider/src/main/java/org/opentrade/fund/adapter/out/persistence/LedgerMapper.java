package org.opentrade.fund.adapter.out.persistence;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * The SQL of the ledger. Every statement names user_id, so ShardingSphere routes it to exactly one shard; the
 * balance updates are conditional, so a balance that may not go negative never does, whatever runs concurrently.
 */
@Mapper
interface LedgerMapper {

    @Insert("INSERT INTO ledger_tx (reference, user_id, type, content_sha256) "
            + "VALUES (#{reference}, #{userId}, #{type}, #{contentSha256})")
    int insertTransaction(@Param("reference") String reference, @Param("userId") long userId,
                          @Param("type") String type, @Param("contentSha256") String contentSha256);

    @Select("SELECT content_sha256 FROM ledger_tx WHERE user_id = #{userId} AND reference = #{reference}")
    String storedContent(@Param("reference") String reference, @Param("userId") long userId);

    /** A debit also requires the account not suspended (a frozen user's available balance is never taken from). */
    @Update("UPDATE account SET available = available + #{amount} "
            + "WHERE user_id = #{userId} AND asset = #{asset} AND available + #{amount} >= 0 "
            + "AND (#{amount} >= 0 OR suspended = 0)")
    int addToAvailableIfCovered(@Param("userId") long userId, @Param("asset") String asset,
                                @Param("amount") long amount);

    @Update("UPDATE account SET frozen = frozen + #{amount} "
            + "WHERE user_id = #{userId} AND asset = #{asset} AND frozen + #{amount} >= 0")
    int addToFrozenIfCovered(@Param("userId") long userId, @Param("asset") String asset,
                             @Param("amount") long amount);

    /** Clearing accounts only: they may go negative. */
    @Update("UPDATE account SET available = available + #{amount} WHERE user_id = #{userId} AND asset = #{asset}")
    int addToAvailable(@Param("userId") long userId, @Param("asset") String asset, @Param("amount") long amount);

    /** The account's suspension mark; null when the account does not exist. */
    @Select("SELECT suspended FROM account WHERE user_id = #{userId} AND asset = #{asset}")
    Integer suspension(@Param("userId") long userId, @Param("asset") String asset);

    /** 1 when any account of the user is suspended: a newly opened account inherits the mark. */
    @Select("SELECT COALESCE(MAX(suspended), 0) FROM account WHERE user_id = #{userId}")
    int userSuspension(@Param("userId") long userId);

    @Insert("INSERT IGNORE INTO account (user_id, asset, available, frozen, suspended) "
            + "VALUES (#{userId}, #{asset}, 0, 0, #{suspended})")
    int openAccount(@Param("userId") long userId, @Param("asset") String asset, @Param("suspended") int suspended);

    @Insert("INSERT INTO journal (entry_id, reference, user_id, asset, bucket, amount, type) "
            + "VALUES (#{entryId}, #{reference}, #{userId}, #{asset}, #{bucket}, #{amount}, #{type})")
    int insertEntry(JournalRow row);
}
